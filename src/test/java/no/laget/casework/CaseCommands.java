package no.laget.casework;

import no.laget.casework.internal.AddMeasure;
import no.laget.casework.internal.ChangeLevel;
import no.laget.casework.internal.CloseCase;
import no.laget.casework.internal.EvaluateMeasure;
import no.laget.casework.internal.OfferHandover;
import no.laget.casework.internal.PlanMeeting;
import no.laget.casework.internal.Responsible;
import no.laget.casework.internal.SavePlan;
import no.laget.casework.internal.WriteMinutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import no.laget.interest.BestInterestForm;
import no.laget.support.BestInterestNotesFixture;

/**
 * Casework's commands as tests of other modules build them: what a case worker would do, with plain values, instead
 * of the pages' forms of strings. Each carries a best-interest note where the command needs one (the child was heard).
 */
public final class CaseCommands {

    private CaseCommands() {}

    /** The note of {@link BestInterestNotesFixture#heard()}: the child was heard. */
    public static BestInterestForm heard() {
        return BestInterestNotesFixture.heard();
    }

    public static ChangeLevel toLevel(int level, String reason, int version) {
        return new ChangeLevel(level, reason, version, level >= 2 ? heard() : null);
    }

    public static CloseCase goalMet(int version) {
        return new CloseCase(RelayCase.CloseReason.GOAL_MET, "Målet er nådd", version, heard());
    }

    public static OfferHandover handoverTo(long employeeId) {
        return new OfferHandover(employeeId, null, heard());
    }

    public static AddMeasure measure(String what, long responsibleEmployeeId, LocalDate startsOn, LocalDate evaluateOn) {
        return new AddMeasure(what, Responsible.employee(responsibleEmployeeId), startsOn, evaluateOn);
    }

    public static EvaluateMeasure evaluation(long measureId, String text, String childVoice, LocalDate on) {
        return new EvaluateMeasure(measureId, RelayCase.Outcome.BETTER, text, childVoice, on, null);
    }

    /** A meeting from nine to ten with one unit, at a place. */
    public static PlanMeeting meeting(LocalDate day, String place, String agenda, long unitId) {
        return new PlanMeeting(day, LocalTime.of(9, 0), LocalTime.of(10, 0), place, null, agenda, List.of(unitId),
                List.of(), List.of(), List.of());
    }

    public static WriteMinutes minutes(String minutes, String childVoice, int version) {
        return WriteMinutes.withoutDecisions(minutes, childVoice, version);
    }

    /** A plan with every item filled in, for the given period. */
    public static SavePlan plan(String goals, LocalDate from, LocalDate to, LocalDate reviseOn) {
        return new SavePlan(goals, "Helsestasjonen og skolen", "Helsesykepleier", "Foreldrene leser hver kveld",
                "Lesegruppe", "Ukentlig", from, to, reviseOn, "Samtykket", "Med PPT ved behov", null);
    }
}
