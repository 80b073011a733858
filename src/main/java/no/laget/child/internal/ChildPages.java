package no.laget.child.internal;

import no.laget.platform.time.Oslo;
import no.laget.platform.web.PageController;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import no.laget.access.AccessDoor;
import no.laget.access.AccessLogReader;
import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.EmergencyAccess;
import no.laget.access.InformationCategory;
import no.laget.child.Child;
import no.laget.child.ChildForm;
import no.laget.child.Children;
import no.laget.child.GuardianForm;
import no.laget.organisation.Organisation;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The children pages: search, register, the child's page, guardians, who has looked, emergency access. */
@PageController
@RequestMapping("/children")
class ChildPages {

    private final Children children;
    private final AccessDoor door;
    private final AccessLogReader accessLog;
    private final EmergencyAccess emergency;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;
    private final Clock clock;

    ChildPages(Children children, AccessDoor door, AccessLogReader accessLog, EmergencyAccess emergency,
            Organisation organisation, FieldErrors fieldErrors, Clock clock) {
        this.children = children;
        this.door = door;
        this.accessLog = accessLog;
        this.emergency = emergency;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
        this.clock = clock;
    }

    @GetMapping
    String search(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "side", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("searched", query != null && !query.isBlank());
        model.addAttribute("result", children.search(user, query, page));
        return "child/search";
    }

    @GetMapping("/new")
    String newChild(Model model) {
        return form(model, ChildForm.empty(LocalDate.now(clock.withZone(Oslo.ZONE)).toString()), fieldErrors.none());
    }

    /** The next page is the receipt, for a new and a known number alike: it shows only what was typed. */
    @PostMapping
    String register(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ChildForm form,
            BindingResult binding, Model model) {
        try {
            return "redirect:/children/registrations/" + children.register(user, form).reference();
        } catch (InvalidInputException e) {
            return form(model, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/registrations/{reference}")
    String receipt(@AuthenticationPrincipal SignedInUser user, @PathVariable String reference, Model model) {
        model.addAttribute("receipt", children.receipt(user, reference));
        return "child/receipt";
    }

    /** What the child's page asks the door: every category to read, and the two writes its buttons depend on. */
    private static final List<AccessDoor.Question> CHILD_PAGE = java.util.stream.Stream.concat(
            java.util.Arrays.stream(InformationCategory.values()).map(c -> AccessDoor.Question.of(c, Action.READ)),
            java.util.stream.Stream.of(AccessDoor.Question.of(InformationCategory.BASIC, Action.WRITE),
                    AccessDoor.Question.of(InformationCategory.CHILD_WELFARE, Action.WRITE))).toList();

    /** The door's questions in one statement and the page's log entries in one append (AccessDoor.forPage). */
    @GetMapping("/{id}")
    String child(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return door.forPage(user, CHILD_PAGE, () -> childPage(user, id, model));
    }

    private String childPage(SignedInUser user, long id, Model model) {
        Children.Overview overview = children.overview(user, id);
        model.addAttribute("child", overview.child());
        model.addAttribute("age", overview.child().ageOn(LocalDate.now(clock.withZone(Oslo.ZONE))).orElse(-1));
        model.addAttribute("guardians", overview.guardians());
        model.addAttribute("servingUnits", overview.servingUnits());
        model.addAttribute("claims", overview.claims());
        model.addAttribute("categories", overview.categories());
        // Each action is offered only when the user may take it (asked of the door's rule, not logged).
        boolean writesBasic = door.permits(user, id, InformationCategory.BASIC, Action.WRITE);
        boolean servedByUs = overview.servingUnits().stream()
                .anyMatch(u -> u.unitId() == user.unitId() && u.to() == null);
        model.addAttribute("mayWriteBasic", writesBasic);
        model.addAttribute("mayEndService", writesBasic && servedByUs);
        model.addAttribute("maySetCare", "CHILD_WELFARE".equals(user.unitType()) && servedByUs
                && door.permits(user, id, InformationCategory.CHILD_WELFARE, Action.WRITE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", fieldErrors.none());
            model.addAttribute("lastDay", LocalDate.now(clock.withZone(Oslo.ZONE)).toString());
        }
        return "child/child";
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        door.require(user, id, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("child", id));
        Child child = children.get(user, id);
        ChildForm form = new ChildForm(child.identityNumber(), child.givenName(), child.familyName(),
                child.birthDate() == null ? "" : child.birthDate().toString(), child.address() == null ? "" : child.address(),
                "", "", "", "", "");
        return editForm(model, user, child, form, fieldErrors.none());
    }

    @PostMapping("/{id}/edit")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @ModelAttribute("form") ChildForm form,
            BindingResult binding, Model model) {
        try {
            children.change(user, id, form);
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            return editForm(model, user, children.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    private String editForm(Model model, SignedInUser user, Child child, ChildForm form, Map<String, String> errors) {
        model.addAttribute("child", child);
        model.addAttribute("addressHidden", !children.addressVisible(user, child.id()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "child/child-edit";
    }

    @GetMapping("/{id}/guardians/new")
    String newGuardian(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        door.require(user, id, InformationCategory.BASIC, Action.WRITE, AccessedObject.of("guardian"));
        return guardianForm(model, children.get(user, id), GuardianForm.empty(), fieldErrors.none());
    }

    @PostMapping("/{id}/guardians")
    String addGuardian(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") GuardianForm form, BindingResult binding, Model model) {
        try {
            children.addGuardian(user, id, form);
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            return guardianForm(model, children.get(user, id), form, fieldErrors.of(binding, e));
        }
    }

    @PostMapping("/{id}/end-service")
    String endService(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "lastDay", defaultValue = "") String lastDay, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            children.endService(user, id, lastDay);
            redirect.addFlashAttribute("serviceEnded", lastDay);
            return "redirect:/children/" + id;
        } catch (InvalidInputException e) {
            child(user, id, model);
            model.addAttribute("errors", fieldErrors.of(e));
            model.addAttribute("lastDay", lastDay);
            return "child/child";
        }
    }

    @PostMapping("/{id}/child-welfare-care")
    String childWelfareCare(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "hasCare", defaultValue = "false") boolean hasCare) {
        children.setChildWelfareCare(user, id, hasCare);
        return "redirect:/children/" + id;
    }

    @GetMapping("/{id}/access-log")
    String accessLog(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        if (user.hasRole(Role.AUDITOR)) {
            return "redirect:/tilgangslogg?barn=" + id;
        }
        var share = accessLog.forChild(user, id, 500);
        var entries = share.entries();
        model.addAttribute("child", children.get(user, id));
        model.addAttribute("scope", share.scope());
        model.addAttribute("entries", entries);
        model.addAttribute("names", organisation.employeeNames(
                entries.stream().map(AccessLogReader.Entry::employeeId).collect(Collectors.toSet())));
        model.addAttribute("units", organisation.unitsById());
        return "child/access-log";
    }

    @GetMapping("/emergency")
    String emergencyForm(Model model) {
        return emergencyForm(model, "", "", fieldErrors.none());
    }

    @PostMapping("/emergency")
    String openEmergency(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "identityNumber", defaultValue = "") String identityNumber,
            @RequestParam(name = "reason", defaultValue = "") String reason, Model model) {
        try {
            var childId = children.idForEmergency(identityNumber);
            if (childId.isEmpty()) {
                throw InvalidInputException.of("identityNumber", "emergency.identityNumber.unknown");
            }
            emergency.open(user, childId.get(), reason);
            return "redirect:/children/" + childId.get();
        } catch (InvalidInputException e) {
            return emergencyForm(model, identityNumber, reason, fieldErrors.of(e));
        }
    }

    private String emergencyForm(Model model, String identityNumber, String reason, Map<String, String> errors) {
        model.addAttribute("identityNumber", identityNumber);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "child/emergency";
    }

    private String form(Model model, ChildForm form, Map<String, String> errors) {
        model.addAttribute("noNumberChoices", java.util.Arrays.stream(Children.NoNumberReason.values())
                .map(r -> Choice.ofKey(r.name(), "child.noNumberReason." + r.name())).toList());
        model.addAttribute("confirmChoices", java.util.List.of(Choice.ofKey("true", "child.confirmBirthDate.yes")));
        model.addAttribute("confirmSelected", "true".equals(form.confirmBirthDate()) ? java.util.List.of("true")
                : java.util.List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "child/child-form";
    }

    private String guardianForm(Model model, Child child, GuardianForm form, Map<String, String> errors) {
        model.addAttribute("responsibilityChoices", java.util.List.of(
                Choice.ofKey("true", "guardian.parentalResponsibility.yes"),
                Choice.ofKey("false", "guardian.parentalResponsibility.no")));
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "child/guardian-form";
    }

}
