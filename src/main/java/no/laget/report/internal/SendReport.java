package no.laget.report.internal;

import java.util.List;
import java.util.Set;

import no.laget.interest.BestInterestNote;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

/**
 * A report of concern as its reporter sends it, read and checked (see {@link ReportRules#read}). A child's
 * {@code childId} is Laget's child when the report was opened from the child's page (checked through the door again
 * on saving), null for a child typed in (found or registered on saving). Strings are trimmed, optional ones null.
 */
record SendReport(Reporter reporter, List<ReportedChild> children, List<ReportedGuardian> guardians,
        Set<ReportGround> grounds, String concern, String history, String otherViews, boolean interpreterNeeded,
        String interpreterLanguage, String otherServices, BestInterestNote note) {

    SendReport {
        children = List.copyOf(children);
        guardians = List.copyOf(guardians);
        grounds = Set.copyOf(grounds);
    }

    @Override
    public String toString() {
        return "SendReport[" + children.size() + " children]"; // names no person
    }
}
