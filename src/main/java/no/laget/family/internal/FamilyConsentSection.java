package no.laget.family.internal;

import org.springframework.stereotype.Component;

/** The consents part of a child's page in the family's door: requests to answer and consents to read or withdraw. */
@Component
class FamilyConsentSection implements FamilySection {

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String labelKey() {
        return "family.consent.section";
    }

    @Override
    public String hintKey() {
        return "family.consent.section.hint";
    }

    @Override
    public String path(long childId) {
        return "/familie/barn/" + childId + "/samtykker";
    }
}
