package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import no.laget.access.AccessDoor;
import no.laget.access.AccessRefusedException;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.casework.Cases;
import no.laget.casework.RelayCase;
import no.laget.child.Child;
import no.laget.child.Children;
import no.laget.interest.BestInterestForm;
import no.laget.organisation.Organisation;
import no.laget.organisation.People;
import no.laget.organisation.Unit;
import no.laget.platform.security.Role;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.time.Dates;
import no.laget.platform.time.Oslo;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;
import no.laget.platform.validation.StaleVersionException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The relay log pages: the list, opening a case, and the case page with its forms. A refused form re-renders the
 * whole case page with what was typed in that form and the messages next to its fields.
 */
@PageController
class CasePages {

    private final Cases cases;
    private final RelayLog relayLog;
    private final Handovers handovers;
    private final Participants participants;
    private final Meetings meetings;
    private final RelayLogPdf pdf;
    private final no.laget.casework.internal.Transitions transitions;
    private final Children children;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;
    private final MessageSource messages;
    private final Clock clock;
    private final AccessDoor door;

    CasePages(Cases cases, RelayLog relayLog, Handovers handovers, Participants participants, Meetings meetings, RelayLogPdf pdf, no.laget.casework.internal.Transitions transitions, Children children, Organisation organisation, FieldErrors fieldErrors,
            MessageSource messages, Clock clock, AccessDoor door) {
        this.door = door;
        this.cases = cases;
        this.relayLog = relayLog;
        this.handovers = handovers;
        this.participants = participants;
        this.meetings = meetings;
        this.pdf = pdf;
        this.transitions = transitions;
        this.children = children;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/cases")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("cases", cases.forUnit(user));
        return "casework/cases";
    }

    @GetMapping("/children/{childId}/cases/new")
    String newCase(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @RequestParam(required = false) String concernId, @RequestParam(required = false) String level, Model model) {
        CaseForms.Open form = new CaseForms.Open(level == null ? "1" : level, String.valueOf(user.employeeId()), "",
                concernId == null ? "" : concernId, BestInterestForm.empty());
        return openForm(user, childId, model, form, fieldErrors.none());
    }

    @PostMapping("/children/{childId}/cases")
    String open(@AuthenticationPrincipal SignedInUser user, @PathVariable long childId,
            @ModelAttribute("form") CaseForms.Open form, BindingResult binding, Model model) {
        return FormPost.saveOr(() -> "redirect:/cases/" + cases.open(user, childId, form.toCommand()),
                e -> openForm(user, childId, model, form, fieldErrors.of(binding, e)));
    }

    /** What the case page asks the door: the relay log (the case's own rule on top) and the child's name and age. */
    private static final List<AccessDoor.Question> CASE_PAGE = List.of(
            AccessDoor.Question.of(InformationCategory.RELAY_LOG, Action.READ),
            AccessDoor.Question.of(InformationCategory.BASIC, Action.READ));

    /** The door's questions in one statement and the page's log entries in one append (AccessDoor.forPage). */
    @GetMapping("/cases/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        return door.forPage(user, CASE_PAGE, () -> page(user, id, model, Map.of(), fieldErrors.none()));
    }

    @PostMapping("/cases/{id}/level")
    String level(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("levelForm") CaseForms.Level form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        return saveEdit(() -> cases.changeLevel(user, id, form.toCommand()), () -> saved(id, redirect),
                model, request,
                e -> page(user, id, model, Map.of("levelForm", form, "open", "level"), fieldErrors.of(binding, e)));
    }

    @PostMapping("/cases/{id}/handover")
    String handover(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("handoverForm") CaseForms.Handover form, BindingResult binding,
            @RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
            RedirectAttributes redirect) {
        String query = q == null ? "" : q;
        if (search != null) { // "Søk": the case page again, the form open with what was typed and the matches
            return page(user, id, model, Map.of("handoverForm", form, "open", "handover", "handoverQuery", query),
                    fieldErrors.none());
        }
        InvalidInputException refused = q == null ? null : refusal(() -> meetings.describe(List.of(query)));
        if (refused != null) {
            return page(user, id, model, Map.of("handoverForm", form, "open", "handover"),
                    atPicker(fieldErrors.of(refused), "employeeId"));
        }
        return saveToCase(id, redirect, () -> handovers.offer(user, id, form.toCommand()),
                e -> page(user, id, model, Map.of("handoverForm", form, "open", "handover", "handoverQuery", query),
                    fieldErrors.of(binding, e)));
    }

    /** The messages with the search field's ("q") put at the picker, whose search field carries the picker's name. */
    private static Map<String, String> atPicker(Map<String, String> errors, String picker) {
        Map<String, String> shown = new java.util.LinkedHashMap<>();
        errors.forEach((field, message) -> shown.putIfAbsent(field.equals("q") ? picker : field, message));
        return shown;
    }

    /**
     * The refusal, if the picker's search text held characters Laget refuses (also when nothing was left of it). It
     * is not saved, but it is not dropped in silence either: the form comes back with the message at the picker, as
     * for every other field. The probe is a module call that reads nothing for a plain text.
     */
    private static InvalidInputException refusal(Runnable search) {
        try {
            search.run();
            return null;
        } catch (InvalidInputException e) {
            return e;
        }
    }

    /** The hand-over picker's matches for htmx (with {@code HX-Request}); the case page otherwise. */
    @GetMapping("/cases/{id}/handover/people")
    String handoverPeople(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String employeeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        if (!"true".equals(htmx)) {
            return page(user, id, model, Map.of("handoverForm", new CaseForms.Handover(employeeId, "", BestInterestForm.empty()), "open", "handover",
                    "handoverQuery", q == null ? "" : q), fieldErrors.none());
        }
        handoverPicker(user, id, model, employeeId, q);
        model.addAttribute("errors", fieldErrors.none());
        return "casework/case :: handover-picker-response";
    }

    private void handoverPicker(SignedInUser user, long caseId, Model model, String chosenValue, String q) {
        String value = chosenValue == null || chosenValue.isBlank() ? null
                : chosenValue.startsWith("employee:") ? chosenValue : "employee:" + chosenValue.trim();
        List<People.Match> chosen = value == null ? List.of() : meetings.describe(List.of(value));
        List<People.Match> matches = q == null || q.isBlank() ? List.of()
                : handovers.candidates(user, caseId, q).stream().filter(m -> !m.value().equals(value)).toList();
        model.addAttribute("handoverChosen", chosen);
        model.addAttribute("handoverMatches", matches);
        model.addAttribute("handoverQuery", q == null ? "" : q);
        model.addAttribute("handoverStatus", q == null || q.isBlank() ? ""
                : !People.searchable(q) ? text("meeting.participants.matches.short")
                : matches.isEmpty() ? text("case.handover.picker.matches.none")
                : text("meeting.participants.matches.count", matches.size()));
    }

    @PostMapping("/cases/{id}/handover/accept")
    String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> handovers.accept(user, id),
                e -> page(user, id, model, Map.of(), fieldErrors.of(e)));
    }

    @PostMapping("/cases/{id}/handover/decline")
    String decline(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        handovers.decline(user, id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases";
    }

    /** Adds a unit or a person; with {@code search} (the picker's "Søk") it only searches and shows the form again. */
    @PostMapping("/cases/{id}/participants")
    String participant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("participantForm") CaseForms.Participant form, BindingResult binding,
            @RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
            RedirectAttributes redirect) {
        return pickerPost(user, id, model, "participant", form, "unitId", q, search, binding,
                () -> participants.add(user, id, form.toCommand()), redirect);
    }

    /** The participant picker's matches for htmx (with {@code HX-Request}); the case page otherwise. */
    @GetMapping("/cases/{id}/participants/people")
    String participantPeople(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String unitId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return pickerGet(user, id, model, "participant", new CaseForms.Participant(unitId, "", ""), "unitId",
                "case.participant.picker", unitId, "unit:", q, htmx, response,
                query -> participants.candidates(user, id, query), "case.participant.picker.matches.none");
    }

    @GetMapping("/cases/{id}/transition/people")
    String transitionPeople(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String transitionEmployeeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return pickerGet(user, id, model, "transition",
                new CaseForms.Transition(null, transitionEmployeeId, "", BestInterestForm.empty()), "transitionEmployeeId",
                "transition.picker", transitionEmployeeId, "employee:", q, htmx, response,
                query -> transitions.transitionCandidates(user, id, query), "transition.picker.matches.none");
    }

    @GetMapping("/cases/{id}/coordinator/people")
    String coordinatorPeople(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(required = false) String coordinatorEmployeeId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        return pickerGet(user, id, model, "coordinator",
                new CaseForms.Coordinator(coordinatorEmployeeId, BestInterestForm.empty()), "coordinatorEmployeeId",
                "coordinator.picker", coordinatorEmployeeId, "employee:", q, htmx, response,
                query -> transitions.coordinatorCandidates(user, id, query), "coordinator.picker.matches.none");
    }

    /**
     * A case-page form with a picker: "Søk" ({@code search}) shows the page again with the form open, everything typed
     * and the matches; a search text with refused characters is said at the picker; otherwise the form is saved, and
     * a refusal shows the page with the messages and everything typed.
     */
    private String pickerPost(SignedInUser user, long id, Model model, String open, Object form, String field, String q,
            String search, BindingResult binding, Runnable save, RedirectAttributes redirect) {
        String query = q == null ? "" : q;
        Map<String, Object> typed = Map.of(open + "Form", form, "open", open, open + "Query", query);
        if (search != null) {
            return page(user, id, model, typed, fieldErrors.none());
        }
        InvalidInputException refused = q == null ? null : refusal(() -> meetings.describe(List.of(query)));
        if (refused != null) {
            return page(user, id, model, Map.of(open + "Form", form, "open", open), atPicker(fieldErrors.of(refused), field));
        }
        return saveToCase(id, redirect, save, e -> page(user, id, model, typed, fieldErrors.of(binding, e)));
    }

    /** A picker's matches for htmx: only the results, the count out of band; without htmx the case page, form open. */
    private String pickerGet(SignedInUser user, long id, Model model, String open, Object form, String field,
            String prefix, String chosen, String kind, String q, String htmx, jakarta.servlet.http.HttpServletResponse response,
            java.util.function.Function<String, List<People.Match>> search, String noneKey) {
        response.addHeader("Vary", "HX-Request");
        if (!"true".equals(htmx)) {
            return page(user, id, model, Map.of(open + "Form", form, "open", open, open + "Query", q == null ? "" : q),
                    fieldErrors.none());
        }
        model.addAttribute("picker", pickerView(chosen, kind, q, search, noneKey));
        model.addAttribute("pickerName", field);
        model.addAttribute("pickerPrefix", prefix);
        model.addAttribute("errors", fieldErrors.none());
        return "casework/case :: picker-response";
    }

    /**
     * What a picker shows: the chosen value ("employee:ID", "unit:ID", or a bare id read as {@code kind}) with its
     * name, and the matches of {@code search} for q other than the chosen one.
     */
    private PickerView pickerView(String chosenValue, String kind, String q,
            java.util.function.Function<String, List<People.Match>> search, String noneKey) {
        String value = chosenValue == null || chosenValue.isBlank() ? null
                : chosenValue.contains(":") ? chosenValue.trim() : kind + chosenValue.trim();
        List<People.Match> chosen = value == null ? List.of() : meetings.describe(List.of(value));
        List<People.Match> matches = q == null || q.isBlank() ? List.of()
                : search.apply(q).stream().filter(m -> !m.value().equals(value)).toList();
        String status = q == null || q.isBlank() ? ""
                : !People.searchable(q) ? text("meeting.participants.matches.short")
                : matches.isEmpty() ? text(noneKey)
                : text("meeting.participants.matches.count", matches.size());
        return new PickerView(chosen, matches, q == null ? "" : q, status);
    }

    /** {@link #pickerView}, with a refused character in the search said at the picker's field and nothing searched. */
    private PickerView pickerView(Model model, String field, String chosenValue, String kind, String q,
            java.util.function.Function<String, List<People.Match>> search, String noneKey) {
        try {
            return pickerView(chosenValue, kind, q, search, noneKey);
        } catch (InvalidInputException e) {
            sayAtPicker(model, e, field);
            return pickerView(chosenValue, kind, null, search, noneKey);
        }
    }

    /**
     * A refused character in a picker's search text: the message goes next to the picker's field, added to the page's
     * messages, and the rest stays as typed; the caller then shows the picker without searching.
     */
    private void sayAtPicker(Model model, InvalidInputException refused, String field) {
        @SuppressWarnings("unchecked")
        Map<String, String> shown = new java.util.LinkedHashMap<>((Map<String, String>) model.getAttribute("errors"));
        fieldErrors.of(refused).values().stream().findFirst().ifPresent(message -> shown.put(field, message));
        model.addAttribute("errors", shown);
    }

    @PostMapping("/cases/{id}/participants/{participantId}/remove")
    String removeParticipant(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @PathVariable long participantId, Model model, RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> participants.remove(user, id, participantId),
                e -> page(user, id, model, Map.of(), fieldErrors.of(e)));
    }

    @PostMapping("/cases/{id}/goals")
    String goal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("goalForm") CaseForms.Goal form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> relayLog.addGoal(user, id, form.toCommand()),
                e -> page(user, id, model, Map.of("goalForm", form, "open", "goal"), fieldErrors.of(binding, e)));
    }

    @GetMapping("/cases/{id}/goals/{goalId}/edit")
    String editGoal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long goalId, Model model) {
        RelayCase relayCase = cases.get(user, id);
        RelayCase.Goal goal = goal(relayCase, goalId);
        return goalForm(model, relayCase, goalId, new CaseForms.Goal(goal.text(), String.valueOf(goal.version())),
                fieldErrors.none());
    }

    @PostMapping("/cases/{id}/goals/{goalId}")
    String changeGoal(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long goalId,
            @ModelAttribute("form") CaseForms.Goal form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        return saveEdit(() -> relayLog.changeGoal(user, id, goalId, form.toCommand()), () -> saved(id, redirect),
                model, request,
                e -> goalForm(model, cases.get(user, id), goalId, form, fieldErrors.of(binding, e)));
    }

    @PostMapping("/cases/{id}/measures")
    String measure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("measureForm") CaseForms.Measure form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> relayLog.addMeasure(user, id, form.toCommand()),
                e -> page(user, id, model, Map.of("measureForm", form, "open", "measure"), fieldErrors.of(binding, e)));
    }

    @GetMapping("/cases/{id}/measures/{measureId}/edit")
    String editMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long measureId,
            Model model) {
        RelayCase relayCase = cases.get(user, id);
        RelayCase.Measure m = measure(relayCase, measureId);
        return measureForm(model, relayCase, measureId, new CaseForms.Measure(m.what(), m.responsibleValue(),
                m.startsOn().toString(), m.evaluateOn().toString(), String.valueOf(m.version())), fieldErrors.none());
    }

    @PostMapping("/cases/{id}/measures/{measureId}")
    String changeMeasure(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long measureId,
            @ModelAttribute("form") CaseForms.Measure form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        return saveEdit(() -> relayLog.changeMeasure(user, id, measureId, form.toCommand()), () -> saved(id, redirect),
                model, request,
                e -> measureForm(model, cases.get(user, id), measureId, form, fieldErrors.of(binding, e)));
    }

    @PostMapping("/cases/{id}/evaluations")
    String evaluate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("evaluationForm") CaseForms.Evaluation form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> relayLog.evaluate(user, id, form.toCommand()),
                e -> page(user, id, model, Map.of("evaluationForm", form, "open", "evaluation"),
                        fieldErrors.of(binding, e)));
    }

    @PostMapping("/cases/{id}/close")
    String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("closeForm") CaseForms.Close form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        return saveEdit(() -> cases.close(user, id, form.toCommand()), () -> {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/cases";
        }, model, request,
                e -> page(user, id, model, Map.of("closeForm", form, "open", "close"), fieldErrors.of(binding, e)));
    }

    /** The relay log for the family; the file name carries only the case's number. */
    @GetMapping("/cases/{id}/stafettlogg.pdf")
    org.springframework.http.ResponseEntity<byte[]> print(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        RelayCase relayCase = cases.get(user, id);
        byte[] document = pdf.render(relayCase, children.get(user, relayCase.childId()), cases.notes(user, id));
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .inline().filename("stafettlogg-" + id + ".pdf").build().toString())
                .body(document);
    }

    @PostMapping("/cases/{id}/transition")
    String transition(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("transitionForm") CaseForms.Transition form, BindingResult binding,
            @RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
            RedirectAttributes redirect) {
        return pickerPost(user, id, model, "transition", form, "transitionEmployeeId", q, search, binding,
                () -> transitions.offer(user, id, form.toCommand()), redirect);
    }

    @PostMapping("/cases/{id}/coordinator")
    String coordinator(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("coordinatorForm") CaseForms.Coordinator form, BindingResult binding,
            @RequestParam(required = false) String q, @RequestParam(required = false) String search, Model model,
            RedirectAttributes redirect) {
        return pickerPost(user, id, model, "coordinator", form, "coordinatorEmployeeId", q, search, binding,
                () -> transitions.appointCoordinator(user, id, form.toCommand()), redirect);
    }

    @GetMapping("/cases/{id}/plan")
    String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        RelayCase relayCase = cases.get(user, id);
        var stored = transitions.plan(user, id);
        CaseForms.Plan form = stored.map(p -> new CaseForms.Plan(p.goalsNeeds(), p.whoTakesPart(), p.whoCoordinates(),
                p.contributions(), p.measures(), p.howCarriedOut(), p.periodFrom().toString(), p.periodTo().toString(),
                p.reviseOn().toString(), p.consents(), p.cooperation(), String.valueOf(p.version())))
                .orElse(new CaseForms.Plan("", "", relayCase.coordinatorName() == null ? "" : relayCase.coordinatorName(),
                        "", "", "", today().toString(), today().plusYears(1).toString(), today().plusMonths(6).toString(),
                        "", "", ""));
        return planForm(model, relayCase, stored, form, fieldErrors.none());
    }

    @PostMapping("/cases/{id}/plan")
    String savePlan(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") CaseForms.Plan form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        return saveEdit(() -> transitions.savePlan(user, id, form.toCommand()), () -> saved(id, redirect),
                model, request, e -> {
            RelayCase relayCase = cases.get(user, id);
            return planForm(model, relayCase, transitions.plan(user, id), form, fieldErrors.of(binding, e));
        });
    }

    private String planForm(Model model, RelayCase relayCase, Optional<CaseRepository.PlanRow> stored, CaseForms.Plan form,
            Map<String, String> errors) {
        startingPoint(model, stored.map(CasePages::planFields).orElse(List.of()),
                stored.map(p -> String.valueOf(p.version())).orElse(""));
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "casework/plan-form";
    }

    /**
     * The meeting form on its own page. {@code q} searches for people and units to invite; with {@code HX-Request}
     * only the picker's results come back (htmx fills them as one types), otherwise the whole page.
     */
    @GetMapping("/cases/{id}/meetings/new")
    String newMeeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String q, @RequestParam(required = false) List<String> participants,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        RelayCase relayCase = cases.get(user, id);
        List<String> chosen = participants != null ? participants : relayCase.participants().stream()
                .map(p -> "unit:" + p.unitId()).distinct().toList();
        CaseForms.Meeting form = new CaseForms.Meeting(today().plusDays(7).toString(), "09:00", "10:00", "", "", "",
                List.of(), chosen, "", "", "", "", "", "");
        if ("true".equals(htmx)) {
            picker(user, id, model, form, q);
            model.addAttribute("errors", fieldErrors.none());
            return "casework/meeting-form :: picker-response";
        }
        return meetingForm(user, relayCase, model, form, q, fieldErrors.none());
    }

    /** Saves the meeting; with {@code search} (the "Søk" button) it only searches and shows the form again, as typed. */
    @PostMapping("/cases/{id}/meetings")
    String meeting(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") CaseForms.Meeting form, BindingResult binding,
            @RequestParam(required = false) String search, @RequestParam(required = false) String q, Model model,
            RedirectAttributes redirect) {
        if (search != null) {
            return meetingForm(user, cases.get(user, id), model, form, q, fieldErrors.none());
        }
        InvalidInputException refused = q == null ? null : refusal(() -> meetings.describe(List.of(q)));
        if (refused != null) {
            // the refusal is raised once per request: say it here, and search no more
            return meetingForm(user, cases.get(user, id), model, form, null,
                    atPicker(fieldErrors.of(refused), "participants"));
        }
        return saveToCase(id, redirect, () -> meetings.plan(user, id, form.toCommand()),
                e -> meetingForm(user, cases.get(user, id), model, form, q, fieldErrors.of(binding, e)));
    }

    @GetMapping("/cases/{id}/meetings/{meetingId}/move")
    String moveForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long meetingId,
            Model model) {
        RelayCase relayCase = cases.get(user, id);
        RelayCase.Meeting meeting = meeting(relayCase, meetingId);
        var start = meeting.startsAt().atZoneSameInstant(Oslo.ZONE);
        var end = meeting.endsAt().atZoneSameInstant(Oslo.ZONE);
        return moveForm(model, relayCase, meeting, new CaseForms.MeetingMove(start.toLocalDate().toString(),
                start.toLocalTime().toString(), end.toLocalTime().toString(), meeting.place() == null ? "" : meeting.place(),
                meeting.videoLink() == null ? "" : meeting.videoLink(), String.valueOf(meeting.version())),
                fieldErrors.none());
    }

    @PostMapping("/cases/{id}/meetings/{meetingId}/move")
    String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long meetingId,
            @ModelAttribute("form") CaseForms.MeetingMove form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        return saveEdit(() -> meetings.move(user, id, meetingId, form.toCommand()), () -> saved(id, redirect),
                model, request, e -> {
            RelayCase relayCase = cases.get(user, id);
            return moveForm(model, relayCase, meeting(relayCase, meetingId), form, fieldErrors.of(binding, e));
        });
    }

    @PostMapping("/cases/{id}/meetings/{meetingId}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long meetingId,
            @RequestParam(required = false) String version, Model model, RedirectAttributes redirect) {
        return saveToCase(id, redirect, () -> meetings.cancel(user, id, meetingId, CaseForms.version(version)),
                e -> page(user, id, model, Map.of(), fieldErrors.of(e)));
    }

    private String moveForm(Model model, RelayCase relayCase, RelayCase.Meeting meeting, CaseForms.MeetingMove form,
            Map<String, String> errors) {
        startingPoint(model, moveFields(meeting), String.valueOf(meeting.version()));
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "casework/meeting-move";
    }

    private String meetingForm(SignedInUser user, RelayCase relayCase, Model model, CaseForms.Meeting form, String q,
            Map<String, String> errors) {
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("errors", errors);
        model.addAttribute("familyRows", java.util.stream.IntStream.range(0, CaseForms.Meeting.FAMILY_ROWS).boxed().toList());
        try {
            picker(user, relayCase.id(), model, form, q);
        } catch (InvalidInputException e) {
            sayAtPicker(model, e, "participants");
            picker(user, relayCase.id(), model, form, null);
        }
        return "casework/meeting-form";
    }

    /**
     * The picker's model: the chosen participants (older unit ids too) with their names, and the matches for q among
     * the people and units the meeting may involve, leaving out what is chosen already.
     */
    private void picker(SignedInUser user, long caseId, Model model, CaseForms.Meeting form, String q) {
        List<String> values = new ArrayList<>(form.unitIds().stream().map(u -> "unit:" + u.trim()).toList());
        values.addAll(form.participants());
        List<People.Match> chosen = meetings.describe(values.stream().distinct().toList());
        java.util.Set<String> taken = chosen.stream().map(People.Match::value).collect(java.util.stream.Collectors.toSet());
        List<People.Match> matches = q == null || q.isBlank() ? List.of()
                : meetings.candidates(user, caseId, q).stream().filter(m -> !taken.contains(m.value())).toList();
        model.addAttribute("form", form.withParticipants(chosen.stream().map(People.Match::value).toList()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("matches", matches);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("pickerStatus", q == null || q.isBlank() ? ""
                : !People.searchable(q) ? text("meeting.participants.matches.short")
                : matches.isEmpty() ? text("meeting.participants.matches.none")
                : text("meeting.participants.matches.count", matches.size()));
    }

    @GetMapping(value = "/cases/{id}/meetings/{meetingId}/invitation.ics", produces = "text/calendar;charset=UTF-8")
    org.springframework.http.ResponseEntity<String> invitation(@AuthenticationPrincipal SignedInUser user,
            @PathVariable long id, @PathVariable long meetingId, jakarta.servlet.http.HttpServletRequest request) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .build().toUriString();
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"mote-" + meetingId + ".ics\"")
                .contentType(org.springframework.http.MediaType.parseMediaType("text/calendar;charset=UTF-8"))
                .body(meetings.invitation(user, id, meetingId, base));
    }

    @GetMapping("/cases/{id}/meetings/{meetingId}/minutes")
    String minutesForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long meetingId,
            Model model) {
        RelayCase relayCase = cases.get(user, id);
        RelayCase.Meeting meeting = meeting(relayCase, meetingId);
        return minutes(model, relayCase, meeting, CaseForms.Minutes.of(meeting.minutes() == null ? "" : meeting.minutes(),
                meeting.childVoice() == null ? "" : meeting.childVoice(), String.valueOf(meeting.version())), fieldErrors.none());
    }

    @PostMapping("/cases/{id}/meetings/{meetingId}/minutes")
    String writeMinutes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long meetingId,
            @ModelAttribute("form") CaseForms.Minutes form, BindingResult binding, Model model, RedirectAttributes redirect,
            HttpServletRequest request) {
        return saveEdit(() -> meetings.writeMinutes(user, id, meetingId, form.toCommand()), () -> saved(id, redirect),
                model, request, e -> {
            RelayCase relayCase = cases.get(user, id);
            return minutes(model, relayCase, meeting(relayCase, meetingId), form, fieldErrors.of(binding, e));
        });
    }

    private static RelayCase.Goal goal(RelayCase relayCase, long goalId) {
        return relayCase.goals().stream().filter(g -> g.id() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("goal"));
    }

    private static RelayCase.Measure measure(RelayCase relayCase, long measureId) {
        return relayCase.measures().stream().filter(m -> m.id() == measureId).findFirst()
                .orElseThrow(() -> new NotFoundException("measure"));
    }

    private static RelayCase.Meeting meeting(RelayCase relayCase, long meetingId) {
        return relayCase.meetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new NotFoundException("meeting"));
    }

    private String minutes(Model model, RelayCase relayCase, RelayCase.Meeting meeting, CaseForms.Minutes form,
            Map<String, String> errors) {
        startingPoint(model, List.of(
                new StaleChanges.Field("minutes", "meeting.minutes.label", nonNull(meeting.minutes()), nonNull(meeting.minutes())),
                new StaleChanges.Field("childVoice", "meeting.childVoice", nonNull(meeting.childVoice()),
                        nonNull(meeting.childVoice()))), String.valueOf(meeting.version()));
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("oslo", Oslo.ZONE);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, CaseForms.DECISION_ROWS).boxed().toList());
        model.addAttribute("responsibleChoices", responsibleChoices(relayCase));
        return "casework/minutes-form";
    }

    private List<Choice> responsibleChoices(RelayCase relayCase) {
        List<Choice> responsible = new ArrayList<>();
        relayCase.participants().stream().map(RelayCase.Participant::unitId).distinct().forEach(unitId ->
                responsible.add(Choice.ofText("unit:" + unitId, text("case.responsible.unit",
                        organisation.unit(unitId).map(Unit::name).orElse("")))));
        participants.people(relayCase).forEach(p -> responsible.add(Choice.ofText("employee:" + p.id(), p.name() + ", " + p.unitName())));
        return responsible;
    }

    // ---------------------------------------------------------------- two people saving the same thing

    /** An edit form's starting point: the stored fields and version; no changes to show. */
    private static void startingPoint(Model model, List<StaleChanges.Field> now, String version) {
        model.addAttribute("seen", now);
        model.addAttribute("changes", List.of());
        model.addAttribute("storedVersion", version);
        model.addAttribute("currentVersion", null);
    }

    /**
     * After a refused save: when it was stale, the fields the other person changed (stored now vs. what the user
     * started from) and the current version and values as the new starting point; otherwise the user's own starting
     * point carries on. What the user typed stays in the fields either way.
     */
    private String staleAware(String view, Model model, HttpServletRequest request, InvalidInputException e) {
        @SuppressWarnings("unchecked")
        List<StaleChanges.Field> now = (List<StaleChanges.Field>) model.getAttribute("seen");
        if (now == null) {
            return view;
        }
        if (e instanceof StaleVersionException) {
            model.addAttribute("changes", StaleChanges.changes(request, now, this::text));
            model.addAttribute("currentVersion", model.getAttribute("storedVersion"));
        } else {
            model.addAttribute("seen", StaleChanges.seen(request, now));
        }
        return view;
    }

    /** The case's own row as the level and close forms start from: level, holder and coordinator. */
    private List<StaleChanges.Field> caseFields(RelayCase relayCase) {
        return List.of(
                new StaleChanges.Field("level", "case.facts.level", String.valueOf(relayCase.level()),
                        text("case.level." + relayCase.level())),
                new StaleChanges.Field("holder", "case.facts.holder", String.valueOf(relayCase.holderEmployeeId()),
                        relayCase.holderName() + ", " + relayCase.holderUnitName()),
                new StaleChanges.Field("coordinator", "case.facts.coordinator",
                        relayCase.coordinatorEmployeeId() == null ? "" : String.valueOf(relayCase.coordinatorEmployeeId()),
                        nonNull(relayCase.coordinatorName())),
                new StaleChanges.Field("closed", "case.facts.closed", relayCase.open() ? "" : "closed",
                        relayCase.open() ? "" : text("case.stale.closed")));
    }

    private static List<StaleChanges.Field> moveFields(RelayCase.Meeting meeting) {
        var start = meeting.startsAt().atZoneSameInstant(Oslo.ZONE);
        var end = meeting.endsAt().atZoneSameInstant(Oslo.ZONE);
        return List.of(
                new StaleChanges.Field("meetingDate", "meeting.date", start.toLocalDate().toString(),
                        shown(start.toLocalDate())),
                new StaleChanges.Field("startTime", "meeting.startTime", start.toLocalTime().toString(),
                        start.toLocalTime().toString()),
                new StaleChanges.Field("endTime", "meeting.endTime", end.toLocalTime().toString(), end.toLocalTime().toString()),
                new StaleChanges.Field("place", "meeting.place.label", nonNull(meeting.place()), nonNull(meeting.place())),
                new StaleChanges.Field("videoLink", "meeting.videoLink.label", nonNull(meeting.videoLink()),
                        nonNull(meeting.videoLink())));
    }

    private static List<StaleChanges.Field> planFields(CaseRepository.PlanRow p) {
        return List.of(
                new StaleChanges.Field("goalsNeeds", "plan.goalsNeeds", p.goalsNeeds(), p.goalsNeeds()),
                new StaleChanges.Field("whoTakesPart", "plan.whoTakesPart", p.whoTakesPart(), p.whoTakesPart()),
                new StaleChanges.Field("whoCoordinates", "plan.whoCoordinates", p.whoCoordinates(), p.whoCoordinates()),
                new StaleChanges.Field("contributions", "plan.contributions", p.contributions(), p.contributions()),
                new StaleChanges.Field("measures", "plan.measures", p.measures(), p.measures()),
                new StaleChanges.Field("howCarriedOut", "plan.howCarriedOut", p.howCarriedOut(), p.howCarriedOut()),
                new StaleChanges.Field("periodFrom", "plan.periodFrom", p.periodFrom().toString(), shown(p.periodFrom())),
                new StaleChanges.Field("periodTo", "plan.periodTo", p.periodTo().toString(), shown(p.periodTo())),
                new StaleChanges.Field("reviseOn", "plan.reviseOn", p.reviseOn().toString(), shown(p.reviseOn())),
                new StaleChanges.Field("consents", "plan.consents", p.consents(), p.consents()),
                new StaleChanges.Field("cooperation", "plan.cooperation", p.cooperation(), p.cooperation()));
    }

    private static String shown(LocalDate date) {
        return Dates.day(date);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    // ---------------------------------------------------------------- rendering

    private static String saved(long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("saved", true);
        return "redirect:/cases/" + id;
    }

    /** Saves, then back to the case saying so; refused, the page {@code formAgain} renders. */
    private static String saveToCase(long id, RedirectAttributes redirect, Runnable save,
            Function<InvalidInputException, String> formAgain) {
        return FormPost.saveOr(() -> {
            save.run();
            return saved(id, redirect);
        }, formAgain);
    }

    /**
     * Saves an edit that two people may make at once: the starting point the form carries in hidden fields is refused
     * with refused characters before anything is read; refused, the form again, showing what the other person changed
     * when the save was stale ({@link #staleAware}).
     */
    private String saveEdit(Runnable save, Supplier<String> then, Model model, HttpServletRequest request,
            Function<InvalidInputException, String> formAgain) {
        return FormPost.saveOr(() -> {
            FieldErrors.refuseHiddenFieldsWithRefusedCharacters(StaleChanges.PREFIX);
            save.run();
            return then.get();
        }, e -> staleAware(formAgain.apply(e), model, request, e));
    }

    private String openForm(SignedInUser user, long childId, Model model, CaseForms.Open form, Map<String, String> errors) {
        Child child = children.get(user, childId);
        model.addAttribute("child", child);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("hasConsent", cases.consentFor(childId, user.unitId()).isPresent());
        var age = child.ageOn(today());
        model.addAttribute("childAge", age.isPresent() ? age.getAsInt() : null);
        model.addAttribute("levelChoices", levelChoices());
        model.addAttribute("holderChoices", participants.employeesOf(List.of(user.unitId())).stream()
                .map(p -> Choice.ofText(String.valueOf(p.id()), p.name())).toList());
        return "casework/case-form";
    }

    private String page(SignedInUser user, long id, Model model, Map<String, Object> typed, Map<String, String> errors) {
        RelayCase relayCase = cases.get(user, id);
        String version = String.valueOf(relayCase.version());
        model.addAttribute("relayCase", relayCase);
        startingPoint(model, caseFields(relayCase), version);
        Optional<String> childName = childName(user, relayCase.childId());
        model.addAttribute("childName", childName);
        model.addAttribute("childAge", childName.isPresent() ? cases.childAge(user, relayCase.childId()) : null);
        model.addAttribute("notes", cases.notes(user, id));
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", typed.getOrDefault("open", ""));
        model.addAttribute("levelForm", typed.getOrDefault("levelForm", new CaseForms.Level(null, "", version, BestInterestForm.empty())));
        model.addAttribute("handoverForm", typed.getOrDefault("handoverForm", new CaseForms.Handover(null, "", BestInterestForm.empty())));
        model.addAttribute("participantForm", typed.getOrDefault("participantForm", new CaseForms.Participant(null, "", "")));
        model.addAttribute("goalForm", typed.getOrDefault("goalForm", new CaseForms.Goal("", null)));
        model.addAttribute("measureForm", typed.getOrDefault("measureForm",
                new CaseForms.Measure("", null, today().toString(), today().plusWeeks(6).toString(), null)));
        model.addAttribute("evaluationForm", typed.getOrDefault("evaluationForm",
                new CaseForms.Evaluation(null, null, "", "", today().toString(), "")));
        model.addAttribute("closeForm", typed.getOrDefault("closeForm", new CaseForms.Close(null, "", version, BestInterestForm.empty())));
        model.addAttribute("transitionForm", typed.getOrDefault("transitionForm", new CaseForms.Transition(null, null, "", BestInterestForm.empty())));
        model.addAttribute("coordinatorForm", typed.getOrDefault("coordinatorForm",
                new CaseForms.Coordinator(null, BestInterestForm.empty())));
        model.addAttribute("isLeader", user.hasRole(Role.UNIT_LEADER));
        model.addAttribute("isHolder", relayCase.holderEmployeeId() == user.employeeId());
        model.addAttribute("handoverToMe", relayCase.pendingHandover().filter(h -> h.toEmployeeId() == user.employeeId())
                .isPresent());
        model.addAttribute("writable", relayCase.open() && relayCase.participates(user.unitId()));
        model.addAttribute("levelChoices", levelChoices());
        model.addAttribute("responsibleChoices", responsibleChoices(relayCase));
        if (relayCase.holderEmployeeId() == user.employeeId() && relayCase.open()) {
            CaseForms.Handover typedHandover = (CaseForms.Handover) model.getAttribute("handoverForm");
            try {
                handoverPicker(user, id, model, typedHandover.employeeId(), (String) typed.get("handoverQuery"));
            } catch (InvalidInputException e) {
                sayAtPicker(model, e, "employeeId");
                handoverPicker(user, id, model, typedHandover.employeeId(), null);
            }
        }
        // The other pickers: each searches only when its own form was sent with a search text.
        boolean writable = relayCase.open() && relayCase.participates(user.unitId());
        boolean holder = relayCase.holderEmployeeId() == user.employeeId();
        CaseForms.Participant participant = (CaseForms.Participant) model.getAttribute("participantForm");
        model.addAttribute("participantPicker", !writable ? PickerView.EMPTY
                : pickerView(model, "unitId", participant.unitId(), "unit:", (String) typed.get("participantQuery"),
                        q -> participants.candidates(user, id, q), "case.participant.picker.matches.none"));
        CaseForms.Transition transition = (CaseForms.Transition) model.getAttribute("transitionForm");
        model.addAttribute("transitionPicker", !(writable && holder) ? PickerView.EMPTY
                : pickerView(model, "transitionEmployeeId", transition.transitionEmployeeId(), "employee:",
                        (String) typed.get("transitionQuery"), q -> transitions.transitionCandidates(user, id, q),
                        "transition.picker.matches.none"));
        CaseForms.Coordinator coordinator = (CaseForms.Coordinator) model.getAttribute("coordinatorForm");
        model.addAttribute("coordinatorPicker", !(relayCase.open() && user.hasRole(Role.UNIT_LEADER)) ? PickerView.EMPTY
                : pickerView(model, "coordinatorEmployeeId", coordinator.coordinatorEmployeeId(), "employee:",
                        (String) typed.get("coordinatorQuery"), q -> transitions.coordinatorCandidates(user, id, q),
                        "coordinator.picker.matches.none"));
        model.addAttribute("measureChoices", relayCase.measures().stream()
                .map(m -> Choice.ofText(String.valueOf(m.id()), m.what())).toList());
        model.addAttribute("outcomeChoices", java.util.Arrays.stream(RelayCase.Outcome.values())
                .map(o -> Choice.ofKey(o.name(), o.labelKey())).toList());
        model.addAttribute("closeChoices", java.util.Arrays.stream(RelayCase.CloseReason.values())
                .map(r -> Choice.ofKey(r.name(), r.labelKey())).toList());
        return "casework/case";
    }

    private String goalForm(Model model, RelayCase relayCase, long goalId, CaseForms.Goal form, Map<String, String> errors) {
        RelayCase.Goal goal = goal(relayCase, goalId);
        startingPoint(model, List.of(new StaleChanges.Field("goalText", "case.goal", goal.text(), goal.text())),
                String.valueOf(goal.version()));
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("goalId", goalId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "casework/goal-form";
    }

    private String measureForm(Model model, RelayCase relayCase, long measureId, CaseForms.Measure form,
            Map<String, String> errors) {
        RelayCase.Measure measure = measure(relayCase, measureId);
        startingPoint(model, List.of(
                new StaleChanges.Field("what", "case.measure.what", measure.what(), measure.what()),
                new StaleChanges.Field("responsible", "case.measure.responsible", measure.responsibleValue(),
                        measure.responsible()),
                new StaleChanges.Field("startsOn", "case.measure.startsOn", measure.startsOn().toString(),
                        shown(measure.startsOn())),
                new StaleChanges.Field("evaluateOn", "case.measure.evaluateOn", measure.evaluateOn().toString(),
                        shown(measure.evaluateOn()))), String.valueOf(measure.version()));
        model.addAttribute("relayCase", relayCase);
        model.addAttribute("measureId", measureId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("responsibleChoices", responsibleChoices(relayCase));
        return "casework/measure-form";
    }

    private Optional<String> childName(SignedInUser user, long childId) {
        try {
            return Optional.of(children.get(user, childId).fullName());
        } catch (AccessRefusedException e) {
            return Optional.empty();
        }
    }

    private List<Choice> levelChoices() {
        return List.of(Choice.ofKey("1", "case.level.1"), Choice.ofKey("2", "case.level.2"), Choice.ofKey("3", "case.level.3"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Oslo.ZONE));
    }
}
