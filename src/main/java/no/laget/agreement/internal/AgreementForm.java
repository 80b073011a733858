package no.laget.agreement.internal;

import java.util.List;

/** A new agreement as typed. Routines are one per line; the first evaluation defaults to a year after the start. */
public record AgreementForm(String title, List<String> partyUnitIds, String validFrom, String validTo,
        String cooperationMeetingsPerYear, String anonymousMeetingsPerYear, String routines, String firstEvaluationOn) {

    public AgreementForm {
        partyUnitIds = partyUnitIds == null ? List.of() : List.copyOf(partyUnitIds);
    }
}
