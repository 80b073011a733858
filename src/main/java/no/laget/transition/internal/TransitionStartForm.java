package no.laget.transition.internal;

import no.laget.platform.validation.FieldProblems;

/** Starting the transition: the NAV unit the young person has consented to share with ("unit:ID" from the picker). */
public record TransitionStartForm(String navUnitId) {

    /** Never refused here: an office not chosen or not readable is the service's "choose an office", with the rest. */
    public StartTransition toCommand() {
        return new StartTransition(unitId(navUnitId));
    }

    /** "unit:ID" (what the picker sends) or the bare id; null for anything else. */
    static Long unitId(String typed) {
        String id = typed != null && typed.trim().startsWith("unit:") ? typed.trim().substring(5) : typed;
        return FieldProblems.parseNumber(id).orElse(null);
    }
}
