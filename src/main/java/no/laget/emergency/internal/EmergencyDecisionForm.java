package no.laget.emergency.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.web.UnreadableFields;

/** NAV's decision as typed: APPROVED or REJECTED, the date, an optional note. */
public record EmergencyDecisionForm(String decision, String decidedOn, String note) {

    public DecideUse toCommand(LocalDate today) {
        Set<String> unreadable = new HashSet<>();
        EmergencyDecision chosen = FieldRules.blank(decision) ? null : java.util.Arrays.stream(EmergencyDecision.values())
                .filter(d -> d.name().equals(decision.trim())).findFirst().orElse(null);
        return DecideUse.read(new FieldProblems(), unreadable, chosen,
                UnreadableFields.date(unreadable, "decidedOn", decidedOn), note, today);
    }
}
