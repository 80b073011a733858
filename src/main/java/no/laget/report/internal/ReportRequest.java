package no.laget.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import no.laget.interest.BestInterestForm;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * A report of concern as JSON ({@code POST /api/v1/reports}): numbers, booleans, dates and grounds as JSON types, so
 * {@code "6"} for a number or {@code "true"} for a boolean is refused naming the field. Read by the same rules as the
 * page ({@link ReportRules}), so a missing or bad value gets the page's message for the same field. The nested
 * records have names of their own: OpenAPI names schemas by simple name, and {@code Child} is the child module's.
 */
record ReportRequest(
        @Schema(requiredMode = REQUIRED) String reporterName,
        @Schema(requiredMode = REQUIRED) String reporterRole,
        @Schema(requiredMode = REQUIRED, description = "A telephone number as the Fiks format accepts it") String reporterPhone,
        @Schema(requiredMode = REQUIRED) String reporterEmail,
        @Schema(requiredMode = REQUIRED, description = "The reporter's unit as the report names it") String reporterUnit,
        String reporterUnitAddress,
        @Schema(requiredMode = REQUIRED, description = "At least one") List<ChildInReport> children,
        @Schema(requiredMode = REQUIRED, description = "One or two") List<GuardianInReport> guardians,
        @Schema(requiredMode = REQUIRED, description = "At least one") Set<ReportGround> grounds,
        @Schema(requiredMode = REQUIRED) String concern,
        @Schema(requiredMode = REQUIRED) String history,
        String otherViews,
        @Schema(requiredMode = REQUIRED) Boolean interpreterNeeded,
        @Schema(description = "Required when an interpreter is needed") String interpreterLanguage,
        String otherServices,
        @Schema(requiredMode = REQUIRED, description = "The best-interest note every report carries") BestInterestForm bestInterest) {

    /** A child: Laget's id when known to the sender, else the identity number (or unborn, with the due date). */
    record ChildInReport(
            @Schema(description = "Laget's id of a child the sender may see") Long lagetId,
            @Schema(description = "Required unless lagetId is given or the child is unborn") String identityNumber,
            Boolean unborn,
            @Schema(description = "Required when unborn") LocalDate dueDate,
            @Schema(description = "Required unless unborn") String givenName,
            @Schema(description = "Required unless unborn") String familyName,
            @Schema(requiredMode = REQUIRED) String address,
            @Schema(requiredMode = REQUIRED, description = "Whether the child was told about the report") Boolean told,
            @Schema(description = "Required when not told") String notToldReason) {

        @Override
        public String toString() {
            return "ChildInReport";
        }
    }

    record GuardianInReport(
            @Schema(requiredMode = REQUIRED) String name,
            String phone,
            @Schema(requiredMode = REQUIRED, description = "Whether the guardian was told about the report") Boolean told,
            @Schema(description = "Required when not told") String notToldReason) {

        @Override
        public String toString() {
            return "GuardianInReport";
        }
    }

    /** The same values as the page's form would hold them, for the one set of rules (and messages) both use. */
    ReportForm toForm() {
        return new ReportForm(reporterName, reporterRole, reporterPhone, reporterEmail, reporterUnit,
                reporterUnitAddress,
                children == null ? null : children.stream().map(c -> c == null ? null
                        : new ReportForm.ChildRow(text(c.lagetId()), c.identityNumber(), Boolean.TRUE.equals(c.unborn())
                                ? "true" : null, text(c.dueDate()), c.givenName(), c.familyName(), c.address(),
                                text(c.told()), c.notToldReason())).toList(),
                guardians == null ? null : guardians.stream().map(g -> g == null ? null
                        : new ReportForm.GuardianRow(g.name(), g.phone(), text(g.told()), g.notToldReason())).toList(),
                grounds == null ? null : grounds.stream().map(g -> g == null ? "" : g.name()).toList(),
                concern, history, otherViews, text(interpreterNeeded), interpreterLanguage, otherServices,
                bestInterest);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    @Override
    public String toString() {
        return "ReportRequest"; // names no person
    }
}
