package no.laget.plan.internal;

import java.time.LocalDate;

import no.laget.platform.validation.FieldProblems;

/** A status update as typed: status code, comment and the date it describes (2024-08-15 or 15.8.2024). */
public record StatusForm(String status, String comment, String date) {

    PlanCommands.ReportStatus toCommand() {
        FieldProblems problems = new FieldProblems();
        ActionStatus checkedStatus = PlanRules.typedStatus(problems, status);
        String checkedComment = PlanRules.statusComment(problems, checkedStatus, comment);
        LocalDate day = problems.date("date", date, "plan.date");
        return problems.command(() -> new PlanCommands.ReportStatus(checkedStatus, checkedComment, day));
    }
}
