package no.laget.agreement.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.laget.platform.validation.FieldProblems;
import no.laget.platform.web.UnreadableFields;

/** A new agreement as typed. Routines are one per line; the first evaluation defaults to a year after the start. */
public record AgreementForm(String title, List<String> partyUnitIds, String validFrom, String validTo,
        String cooperationMeetingsPerYear, String anonymousMeetingsPerYear, String routines, String firstEvaluationOn) {

    public AgreementForm {
        partyUnitIds = partyUnitIds == null ? List.of() : List.copyOf(partyUnitIds);
    }

    public CreateAgreement toCommand(long ownUnitId) {
        Set<String> unreadable = new HashSet<>();
        List<Long> parties = new ArrayList<>();
        for (String typed : partyUnitIds) {
            FieldProblems.parseNumber(typed).ifPresentOrElse(parties::add, () -> unreadable.add("partyUnitIds"));
        }
        return CreateAgreement.read(new FieldProblems(), unreadable, title, parties,
                UnreadableFields.date(unreadable, "validFrom", validFrom),
                UnreadableFields.date(unreadable, "validTo", validTo),
                Reading.number(unreadable, "cooperationMeetingsPerYear", cooperationMeetingsPerYear),
                Reading.number(unreadable, "anonymousMeetingsPerYear", anonymousMeetingsPerYear),
                routines == null ? List.of() : routines.lines().toList(),
                UnreadableFields.date(unreadable, "firstEvaluationOn", firstEvaluationOn), ownUnitId);
    }
}
