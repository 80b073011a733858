package no.laget.report.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import no.laget.child.Children;
import no.laget.interest.BestInterestNote;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.report.ReportGround;
import no.laget.report.internal.ReportForm.ChildRow;
import no.laget.report.internal.ReportForm.GuardianRow;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import org.springframework.stereotype.Component;

/**
 * The report's rules, one set for the page and the API. Every problem is collected in page order (reporter,
 * children, guardians, grounds, the concern, interpreter), each with its own message key in messages-report.
 * E-mail and telephone are checked with the Fiks schema's own patterns; the national format allows at most two
 * guardians and needs at least one.
 */
@Component
class ReportRules {

    static final int MAX_GUARDIANS = 2;

    private final FiksSchema schema;
    private final Children children;

    ReportRules(FiksSchema schema, Children children) {
        this.schema = schema;
        this.children = children;
    }

    /**
     * The report's best-interest note. No age: a child typed into the report may be known to Laget only by a number,
     * and docs/domain.md rule 39 forbids an age from the number.
     */
    static Optional<BestInterestNote> note(List<FieldProblem> problems, ReportForm form) {
        return BestInterestNote.check(problems, "bestInterest", form.bestInterest(), null);
    }

    /** The report the form describes (children without Laget ids yet), or every problem with it. */
    ReportOfConcern check(ReportForm form, String municipalityNumber, String municipalityName, LocalDate today,
            OffsetDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        FieldRules.text(problems, "reporterName", form.reporterName(), 120, "report.reporterName");
        FieldRules.text(problems, "reporterRole", form.reporterRole(), 100, "report.reporterRole");
        if (FieldRules.text(problems, "reporterPhone", form.reporterPhone(), 30, "report.reporterPhone")
                && !schema.acceptsPhone(form.reporterPhone().trim())) {
            problems.add(new FieldProblem("reporterPhone", "report.reporterPhone.malformed"));
        }
        if (FieldRules.text(problems, "reporterEmail", form.reporterEmail(), 254, "report.reporterEmail")
                && !schema.acceptsEmail(form.reporterEmail().trim())) {
            problems.add(new FieldProblem("reporterEmail", "report.reporterEmail.malformed"));
        }
        FieldRules.text(problems, "reporterUnit", form.reporterUnit(), 120, "report.reporterUnit");
        FieldRules.optionalText(problems, "reporterUnitAddress", form.reporterUnitAddress(), 200, "report.reporterUnitAddress");

        List<ReportedChild> reported = new ArrayList<>();
        for (int i = 0; i < form.children().size(); i++) {
            ChildRow row = form.children().get(i);
            if (!row.blank()) {
                reported.add(child(problems, "children[" + i + "].", row, today));
            }
        }
        if (reported.isEmpty()) {
            problems.add(new FieldProblem("children", "report.children.required"));
        }

        List<ReportedGuardian> guardians = new ArrayList<>();
        for (int i = 0; i < form.guardians().size(); i++) {
            GuardianRow row = form.guardians().get(i);
            if (!row.blank()) {
                guardians.add(guardian(problems, "guardians[" + i + "].", row));
            }
        }
        if (guardians.isEmpty()) {
            problems.add(new FieldProblem("guardians", "report.guardians.required"));
        } else if (guardians.size() > MAX_GUARDIANS) {
            problems.add(new FieldProblem("guardians", "report.guardians.too-many"));
        }

        Set<ReportGround> grounds = EnumSet.noneOf(ReportGround.class);
        for (String value : form.grounds()) {
            try {
                grounds.add(ReportGround.valueOf(value));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                problems.add(new FieldProblem("grounds", "report.grounds.unknown"));
            }
        }
        if (form.grounds().isEmpty()) {
            problems.add(new FieldProblem("grounds", "report.grounds.required"));
        }
        FieldRules.text(problems, "concern", form.concern(), 20_000, "report.concern");
        FieldRules.text(problems, "history", form.history(), 20_000, "report.history");
        FieldRules.optionalText(problems, "otherViews", form.otherViews(), 20_000, "report.otherViews");
        boolean interpreter = "true".equals(form.interpreterNeeded());
        if (!interpreter && !"false".equals(form.interpreterNeeded())) {
            problems.add(new FieldProblem("interpreterNeeded", "report.interpreterNeeded.required"));
        }
        if (interpreter) {
            FieldRules.text(problems, "interpreterLanguage", form.interpreterLanguage(), 100, "report.interpreterLanguage");
        }
        FieldRules.optionalText(problems, "otherServices", form.otherServices(), 5_000, "report.otherServices");
        note(problems, form);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ReportOfConcern(municipalityNumber, municipalityName, grounds, form.concern().trim(),
                form.history().trim(), FieldRules.trimToNull(form.otherViews()), interpreter,
                interpreter ? form.interpreterLanguage().trim() : null, FieldRules.trimToNull(form.otherServices()),
                new Reporter(form.reporterName().trim(), form.reporterRole().trim(), form.reporterPhone().trim(),
                        form.reporterEmail().trim(), form.reporterUnit().trim(),
                        FieldRules.trimToNull(form.reporterUnitAddress())),
                reported, guardians, now);
    }

    private ReportedChild child(List<FieldProblem> problems, String prefix, ChildRow row, LocalDate today) {
        boolean unborn = row.isUnborn();
        String number = null;
        LocalDate due = null;
        if (unborn) {
            Optional<LocalDate> typed = FieldRules.date(problems, prefix + "dueDate", row.dueDate(), "report.child.dueDate");
            if (typed.filter(date -> date.isBefore(today.minusMonths(1))).isPresent()) {
                problems.add(new FieldProblem(prefix + "dueDate", "report.child.dueDate.past"));
            }
            due = typed.orElse(null);
            if (!FieldRules.blank(row.identityNumber())) {
                problems.add(new FieldProblem(prefix + "identityNumber", "report.child.identityNumber.unborn"));
            }
        } else if (FieldRules.blank(row.identityNumber()) && FieldRules.blank(row.lagetId())) {
            problems.add(new FieldProblem(prefix + "identityNumber", "report.child.identityNumber.required"));
        } else {
            number = children.checkIdentityNumber(problems, prefix + "identityNumber", row.identityNumber());
        }
        if (!unborn) {
            FieldRules.text(problems, prefix + "givenName", row.givenName(), 100, "report.child.givenName");
            FieldRules.text(problems, prefix + "familyName", row.familyName(), 100, "report.child.familyName");
        } else {
            FieldRules.optionalText(problems, prefix + "givenName", row.givenName(), 100, "report.child.givenName");
            FieldRules.optionalText(problems, prefix + "familyName", row.familyName(), 100, "report.child.familyName");
        }
        FieldRules.text(problems, prefix + "address", row.address(), 200, "report.child.address");
        boolean told = told(problems, prefix, row.told(), row.notToldReason(), "report.child");
        String given = FieldRules.trimToNull(row.givenName());
        String family = FieldRules.trimToNull(row.familyName());
        if (unborn && given == null && family == null) {
            given = "Ufødt";
            family = "barn";
        }
        return new ReportedChild(null, number, unborn, due, given == null ? "" : given, family == null ? "" : family,
                FieldRules.trimToNull(row.address()), told, told ? null : FieldRules.trimToNull(row.notToldReason()));
    }

    private ReportedGuardian guardian(List<FieldProblem> problems, String prefix, GuardianRow row) {
        FieldRules.text(problems, prefix + "name", row.name(), 200, "report.guardian.name");
        FieldRules.optionalText(problems, prefix + "phone", row.phone(), 30, "report.guardian.phone");
        boolean told = told(problems, prefix, row.told(), row.notToldReason(), "report.guardian");
        return new ReportedGuardian(FieldRules.trimToNull(row.name()), FieldRules.trimToNull(row.phone()), told,
                told ? null : FieldRules.trimToNull(row.notToldReason()));
    }

    /** Rule 21: whether they were told and, if not, why. */
    private static boolean told(List<FieldProblem> problems, String prefix, String told, String reason, String key) {
        if (!"true".equals(told) && !"false".equals(told)) {
            problems.add(new FieldProblem(prefix + "told", key + ".told.required"));
            return true;
        }
        if ("false".equals(told)) {
            FieldRules.text(problems, prefix + "notToldReason", reason, 2_000, key + ".notToldReason");
        }
        return "true".equals(told);
    }
}
