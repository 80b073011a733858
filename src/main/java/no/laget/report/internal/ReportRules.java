package no.laget.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import no.laget.child.Children;
import no.laget.interest.BestInterestNote;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldProblems;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.NotFoundException;
import no.laget.report.internal.ReportForm.ChildRow;
import no.laget.report.internal.ReportForm.GuardianRow;
import no.laget.report.internal.ReportOfConcern.Reporter;
import no.laget.report.internal.ReportOfConcern.ReportedChild;
import no.laget.report.internal.ReportOfConcern.ReportedGuardian;

import org.springframework.stereotype.Component;

/**
 * The report's rules, one set for the page and the API: reads a {@link ReportForm} into a {@link SendReport} with
 * {@link FieldProblems}. Every problem is collected in page order (reporter,
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
     * The report the form describes, or every problem with it in page order. A child opened from its page
     * ({@code lagetId}) that is no number is "not found", after the field problems, as the door would answer. The
     * best-interest note has no age: a child typed into the report may be known to Laget only by a number, and
     * docs/domain.md rule 39 forbids an age from the number.
     */
    SendReport read(ReportForm form, LocalDate today) {
        FieldProblems problems = new FieldProblems();
        String name = problems.text("reporterName", form.reporterName(), 120, "report.reporterName");
        String role = problems.text("reporterRole", form.reporterRole(), 100, "report.reporterRole");
        String phone = problems.text("reporterPhone", form.reporterPhone(), 30, "report.reporterPhone");
        if (phone != null && !schema.acceptsPhone(phone)) {
            problems.add("reporterPhone", "report.reporterPhone.malformed");
        }
        String email = problems.text("reporterEmail", form.reporterEmail(), 254, "report.reporterEmail");
        if (email != null && !schema.acceptsEmail(email)) {
            problems.add("reporterEmail", "report.reporterEmail.malformed");
        }
        String unit = problems.text("reporterUnit", form.reporterUnit(), 120, "report.reporterUnit");
        String unitAddress = problems.optionalText("reporterUnitAddress", form.reporterUnitAddress(), 200,
                "report.reporterUnitAddress");

        List<ReportedChild> reported = new ArrayList<>();
        boolean unknownChild = false;
        for (int i = 0; i < form.children().size(); i++) {
            ChildRow row = form.children().get(i);
            if (!row.blank()) {
                Optional<Long> lagetId = FieldProblems.parseNumber(row.lagetId());
                unknownChild |= !ReportForm.isBlank(row.lagetId()) && lagetId.isEmpty();
                reported.add(child(problems, "children[" + i + "].", row, lagetId.orElse(null), today));
            }
        }
        if (reported.isEmpty()) {
            problems.add("children", "report.children.required");
        }

        List<ReportedGuardian> guardians = new ArrayList<>();
        for (int i = 0; i < form.guardians().size(); i++) {
            GuardianRow row = form.guardians().get(i);
            if (!row.blank()) {
                guardians.add(guardian(problems, "guardians[" + i + "].", row));
            }
        }
        if (guardians.isEmpty()) {
            problems.add("guardians", "report.guardians.required");
        } else if (guardians.size() > MAX_GUARDIANS) {
            problems.add("guardians", "report.guardians.too-many");
        }

        Set<ReportGround> grounds = EnumSet.noneOf(ReportGround.class);
        for (String value : form.grounds()) {
            try {
                grounds.add(ReportGround.valueOf(value));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                problems.add("grounds", "report.grounds.unknown");
            }
        }
        if (form.grounds().isEmpty()) {
            problems.add("grounds", "report.grounds.required");
        }
        String concern = problems.text("concern", form.concern(), 20_000, "report.concern");
        String history = problems.text("history", form.history(), 20_000, "report.history");
        String otherViews = problems.optionalText("otherViews", form.otherViews(), 20_000, "report.otherViews");
        boolean interpreter = "true".equals(form.interpreterNeeded());
        if (!interpreter && !"false".equals(form.interpreterNeeded())) {
            problems.add("interpreterNeeded", "report.interpreterNeeded.required");
        }
        String language = interpreter
                ? problems.text("interpreterLanguage", form.interpreterLanguage(), 100, "report.interpreterLanguage")
                : null;
        String otherServices = problems.optionalText("otherServices", form.otherServices(), 5_000,
                "report.otherServices");
        BestInterestNote note = with(problems, found -> BestInterestNote.check(found, "bestInterest",
                form.bestInterest(), null)).orElse(null);
        boolean notFound = unknownChild;
        return problems.command(() -> {
            if (notFound) {
                throw new NotFoundException("child");
            }
            return new SendReport(new Reporter(name, role, phone, email, unit, unitAddress), reported, guardians,
                    grounds, concern, history, otherViews, interpreter, language, otherServices, note);
        });
    }

    private ReportedChild child(FieldProblems problems, String prefix, ChildRow row, Long lagetId, LocalDate today) {
        boolean unborn = row.isUnborn();
        String number = null;
        LocalDate due = null;
        if (unborn) {
            due = problems.date(prefix + "dueDate", row.dueDate(), "report.child.dueDate");
            if (due != null && due.isBefore(today.minusMonths(1))) {
                problems.add(prefix + "dueDate", "report.child.dueDate.past");
            }
            if (!FieldRules.blank(row.identityNumber())) {
                problems.add(prefix + "identityNumber", "report.child.identityNumber.unborn");
            }
        } else if (FieldRules.blank(row.identityNumber()) && FieldRules.blank(row.lagetId())) {
            problems.add(prefix + "identityNumber", "report.child.identityNumber.required");
        } else {
            number = with(problems, found -> children.checkIdentityNumber(found, prefix + "identityNumber",
                    row.identityNumber()));
        }
        String given;
        String family;
        if (!unborn) {
            given = problems.text(prefix + "givenName", row.givenName(), 100, "report.child.givenName");
            family = problems.text(prefix + "familyName", row.familyName(), 100, "report.child.familyName");
        } else {
            given = problems.optionalText(prefix + "givenName", row.givenName(), 100, "report.child.givenName");
            family = problems.optionalText(prefix + "familyName", row.familyName(), 100, "report.child.familyName");
        }
        String address = problems.text(prefix + "address", row.address(), 200, "report.child.address");
        boolean told = told(problems, prefix, row.told(), row.notToldReason(), "report.child");
        if (unborn && given == null && family == null) {
            given = "Ufødt";
            family = "barn";
        }
        return new ReportedChild(lagetId, number, unborn, due, given == null ? "" : given, family == null ? "" : family,
                address, told, told ? null : FieldRules.trimToNull(row.notToldReason()));
    }

    private ReportedGuardian guardian(FieldProblems problems, String prefix, GuardianRow row) {
        String name = problems.text(prefix + "name", row.name(), 200, "report.guardian.name");
        String phone = problems.optionalText(prefix + "phone", row.phone(), 30, "report.guardian.phone");
        boolean told = told(problems, prefix, row.told(), row.notToldReason(), "report.guardian");
        return new ReportedGuardian(name, phone, told, told ? null : FieldRules.trimToNull(row.notToldReason()));
    }

    /** Rule 21: whether they were told and, if not, why. */
    private static boolean told(FieldProblems problems, String prefix, String told, String reason, String key) {
        if (!"true".equals(told) && !"false".equals(told)) {
            problems.add(prefix + "told", key + ".told.required");
            return true;
        }
        if ("false".equals(told)) {
            problems.text(prefix + "notToldReason", reason, 2_000, key + ".notToldReason");
        }
        return "true".equals(told);
    }

    /** A check of another module that collects into a list (the child's number, the best-interest note). */
    static <T> T with(FieldProblems problems, Function<List<FieldProblem>, T> check) {
        List<FieldProblem> found = new ArrayList<>();
        T value = check.apply(found);
        found.forEach(problem -> problems.add(problem.field(), problem.messageKey()));
        return value;
    }
}
