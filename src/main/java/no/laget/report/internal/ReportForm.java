package no.laget.report.internal;

import java.util.ArrayList;
import java.util.List;

import no.laget.interest.BestInterestForm;

/**
 * What the reporter types (page and API). Everything is a string, so a bad value becomes a message next to its field.
 * A child or guardian row left entirely empty is ignored: "Legg til barn" adds one, and nobody has to remove it.
 * {@code lagetId} is set when the form was opened from a child's page; it is checked through the door again on save.
 * {@code bestInterest} is the best-interest note every report carries (page fields {@code bestInterest.*}).
 */
public record ReportForm(String reporterName, String reporterRole, String reporterPhone, String reporterEmail,
        String reporterUnit, String reporterUnitAddress, List<ChildRow> children, List<GuardianRow> guardians,
        List<String> grounds, String concern, String history, String otherViews, String interpreterNeeded,
        String interpreterLanguage, String otherServices, BestInterestForm bestInterest) {

    public record ChildRow(String lagetId, String identityNumber, String unborn, String dueDate, String givenName,
            String familyName, String address, String told, String notToldReason) {

        static ChildRow empty() {
            return new ChildRow(null, "", null, "", "", "", "", null, "");
        }

        boolean blank() {
            return isBlank(lagetId) && isBlank(identityNumber) && !"true".equals(unborn) && isBlank(dueDate)
                    && isBlank(givenName) && isBlank(familyName) && isBlank(address) && told == null
                    && isBlank(notToldReason);
        }

        boolean isUnborn() {
            return "true".equals(unborn);
        }

        @Override
        public String toString() {
            return "ChildRow";
        }
    }

    public record GuardianRow(String name, String phone, String told, String notToldReason) {

        static GuardianRow empty() {
            return new GuardianRow("", "", null, "");
        }

        boolean blank() {
            return isBlank(name) && isBlank(phone) && told == null && isBlank(notToldReason);
        }

        @Override
        public String toString() {
            return "GuardianRow";
        }
    }

    public ReportForm {
        children = children == null ? new ArrayList<>() : new ArrayList<>(children);
        guardians = guardians == null ? new ArrayList<>() : new ArrayList<>(guardians);
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        children.replaceAll(row -> row == null ? ChildRow.empty() : row);
        guardians.replaceAll(row -> row == null ? GuardianRow.empty() : row);
    }

    ReportForm withChildRow() {
        List<ChildRow> more = new ArrayList<>(children);
        more.add(ChildRow.empty());
        return new ReportForm(reporterName, reporterRole, reporterPhone, reporterEmail, reporterUnit,
                reporterUnitAddress, more, guardians, grounds, concern, history, otherViews, interpreterNeeded,
                interpreterLanguage, otherServices, bestInterest);
    }

    ReportForm withGuardianRow() {
        List<GuardianRow> more = new ArrayList<>(guardians);
        more.add(GuardianRow.empty());
        return new ReportForm(reporterName, reporterRole, reporterPhone, reporterEmail, reporterUnit,
                reporterUnitAddress, children, more, grounds, concern, history, otherViews, interpreterNeeded,
                interpreterLanguage, otherServices, bestInterest);
    }

    /** At least one row of each, so the page always shows somewhere to type. */
    ReportForm withRowsToType() {
        ReportForm form = this;
        if (form.children.isEmpty()) {
            form = form.withChildRow();
        }
        if (form.guardians.isEmpty()) {
            form = form.withGuardianRow();
        }
        return form;
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ReportForm";
    }
}
