package no.laget.report.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.child.Guardian;
import no.laget.interest.BestInterestForm;
import no.laget.organisation.Employee;
import no.laget.organisation.Organisation;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;
import no.laget.report.internal.ReportForm.ChildRow;
import no.laget.report.internal.ReportForm.GuardianRow;
import no.laget.report.internal.ReportInboxRepository.Letter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporter's pages: the form (works without JavaScript: "Legg til barn" and "Legg til foresatt" are submit
 * buttons that re-render the form with one more row, keeping everything typed), "Mine meldinger" and one report with
 * its delivery and the letters child welfare sent.
 */
@PageController
class ReportPages {

    private final ReportService reports;
    private final Children children;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;
    private final LetterPdf letters;
    private final ReportRules rules;

    ReportPages(ReportService reports, Children children, Organisation organisation, FieldErrors fieldErrors,
            LetterPdf letters, ReportRules rules) {
        this.reports = reports;
        this.rules = rules;
        this.children = children;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
        this.letters = letters;
    }

    @GetMapping("/reports/new")
    String newReport(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Long childId,
            Model model) {
        String email = organisation.employee(user.employeeId()).map(Employee::email).orElse("");
        List<ChildRow> childRows = List.of();
        List<GuardianRow> guardianRows = List.of();
        if (childId != null) {
            // Prefilled only with what the user may see of the child: the door decides (and logs).
            Child child = children.get(user, childId);
            childRows = List.of(new ChildRow(String.valueOf(child.id()),
                    child.identityNumber() == null ? "" : child.identityNumber().trim(), null, "", child.givenName(),
                    child.familyName(), child.address() == null ? "" : child.address(), null, ""));
            guardianRows = children.guardians(user, childId).stream().filter(Guardian::parentalResponsibility).limit(
                    ReportRules.MAX_GUARDIANS).map(g -> new GuardianRow(g.name(), g.phone() == null ? "" : g.phone(),
                            null, "")).toList();
        }
        ReportForm form = new ReportForm(user.displayName(), "", "", email, user.unitName(), "", childRows,
                guardianRows, List.of(), "", "", "", null, "", "", BestInterestForm.empty());
        return form(model, form.withRowsToType(), fieldErrors.none());
    }

    @PostMapping("/reports")
    String save(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ReportForm form,
            BindingResult binding, @RequestParam(required = false) String add, Model model,
            RedirectAttributes redirect) {
        if ("child".equals(add)) {
            return form(model, form.withChildRow(), fieldErrors.none());
        }
        if ("guardian".equals(add)) {
            return form(model, form.withGuardianRow(), fieldErrors.none());
        }
        try {
            long id = reports.save(user, rules.read(form, reports.today()));
            redirect.addFlashAttribute("saved", id);
            return "redirect:/reports/mine";
        } catch (InvalidInputException e) {
            return form(model, form.withRowsToType(), fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/reports/mine")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        List<SentReportRepository.MineRow> rows = reports.mine(user);
        var now = reports.now();
        model.addAttribute("rows", rows);
        model.addAttribute("warnings", rows.stream().filter(r -> ReportService.warn(r.delivery(), now))
                .map(r -> r.delivery().reportId()).toList());
        model.addAttribute("now", now);
        return "report/mine";
    }

    @GetMapping("/reports/{id}")
    String report(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        ReportService.SenderView view = reports.forSender(user, id);
        model.addAttribute("view", view);
        model.addAttribute("warning", ReportService.warn(view.delivery(), reports.now()));
        return "report/report";
    }

    @GetMapping("/reports/{id}/letters/{letterId}.pdf")
    ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long letterId) {
        ReportService.SenderView view = reports.forSender(user, id);
        Letter letter = view.letters().stream().filter(l -> l.id() == letterId).findFirst()
                .orElseThrow(() -> new NotFoundException("letter"));
        byte[] pdf = letters.render(Intake.LetterKind.valueOf(letter.kind()), id, view.report(),
                view.delivery().createdAt(), letter.sentOn());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("brev-" + letterId + ".pdf").build().toString())
                .body(pdf);
    }

    private String form(Model model, ReportForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("groundChoices", Arrays.stream(ReportGround.values())
                .map(g -> Choice.ofKey(g.name(), g.labelKey())).toList());
        model.addAttribute("yesNo", List.of(Choice.ofKey("true", "report.yes"), Choice.ofKey("false", "report.no")));
        model.addAttribute("toldChoices", List.of(Choice.ofKey("true", "report.told.yes"),
                Choice.ofKey("false", "report.told.no")));
        model.addAttribute("unbornChoices", List.of(Choice.ofKey("true", "report.child.unborn.option")));
        return "report/form";
    }
}
