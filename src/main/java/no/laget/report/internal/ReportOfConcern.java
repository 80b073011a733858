package no.laget.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A report of concern as Laget holds it, whatever it came from (the form, the API, a Fiks document). Strings are
 * trimmed, optional ones null when empty. {@link #toString()} names no person: the fields are personal data.
 */
record ReportOfConcern(String municipalityNumber, String municipalityName, Set<ReportGround> grounds, String concern,
        String history, String otherViews, boolean interpreterNeeded, String interpreterLanguage, String otherServices,
        Reporter reporter, List<ReportedChild> children, List<ReportedGuardian> guardians, OffsetDateTime sentAt) {

    record Reporter(String name, String role, String phone, String email, String unitName, String unitAddress) {
        @Override
        public String toString() {
            return "Reporter";
        }
    }

    /** {@code childId} is Laget's child, null for a document read from outside. */
    record ReportedChild(Long childId, String identityNumber, boolean unborn, LocalDate dueDate, String givenName,
            String familyName, String address, boolean told, String notToldReason) {

        public String fullName() {
            return (givenName + " " + familyName).trim();
        }

        @Override
        public String toString() {
            return "ReportedChild[" + childId + "]";
        }
    }

    record ReportedGuardian(String name, String phone, boolean told, String notToldReason) {
        @Override
        public String toString() {
            return "ReportedGuardian";
        }
    }

    @Override
    public String toString() {
        return "ReportOfConcern[" + children.size() + " children]";
    }
}
