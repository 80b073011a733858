package no.laget.emergency.internal;

import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A new card as typed by NAV: a name and the child welfare unit's id (from a select). */
public record EmergencyCardForm(String name, String childWelfareUnitId) {

    public OpenCard toCommand() {
        Set<String> unreadable = new HashSet<>();
        return OpenCard.read(new FieldProblems(), unreadable, name,
                UnreadableFields.number(unreadable, "childWelfareUnitId", childWelfareUnitId));
    }
}
