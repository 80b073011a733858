package no.laget.family.internal;

import org.springframework.stereotype.Component;

/** The relay log on the family's child page: what the services have written, and the family's own words. */
@Component
class RelayLogSection implements FamilySection {

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String labelKey() {
        return "family.log.section";
    }

    @Override
    public String hintKey() {
        return "family.log.section.hint";
    }

    @Override
    public String path(long childId) {
        return FamilyRelayLogPages.path(childId);
    }
}
