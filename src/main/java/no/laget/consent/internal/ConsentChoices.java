package no.laget.consent.internal;

import java.util.Arrays;

import no.laget.access.InformationCategory;
import no.laget.consent.Consents;
import no.laget.organisation.Organisation;
import no.laget.organisation.UnitType;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.web.Choice;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices a consent and a request for consent offer alike: who gives it (the guardians, or the young person from
 * the consent age), and what it covers (information categories, units that receive, types of unit).
 */
@Component
class ConsentChoices {

    private final Consents consents;
    private final Organisation organisation;
    private final MessageSource messages;

    ConsentChoices(Consents consents, Organisation organisation, MessageSource messages) {
        this.consents = consents;
        this.organisation = organisation;
        this.messages = messages;
    }

    Choice guardians() {
        return Choice.ofKey("GUARDIANS", "consent.givenBy.GUARDIANS.option");
    }

    /** Its label names the consent age. */
    Choice youngPerson() {
        return Choice.ofText("YOUNG_PERSON", messages.getMessage("consent.givenBy.YOUNG_PERSON.option",
                new Object[] {consents.consentAge()}, LocaleContextHolder.getLocale()));
    }

    /**
     * {@code categoryChoices}, {@code unitChoices} (the active units of the user's own municipality) and
     * {@code unitTypeChoices}.
     */
    void addCoverage(Model model, SignedInUser user) {
        model.addAttribute("categoryChoices", Arrays.stream(InformationCategory.values())
                .map(c -> Choice.ofKey(c.name(), c.labelKey())).toList());
        model.addAttribute("unitChoices", organisation.unitsInMunicipalityOf(user.unitId()).stream().filter(u -> u.active())
                .map(u -> Choice.ofText(String.valueOf(u.id()), u.name())).toList());
        model.addAttribute("unitTypeChoices", Arrays.stream(UnitType.values())
                .map(t -> Choice.ofKey(t.name(), t.labelKey())).toList());
    }
}
