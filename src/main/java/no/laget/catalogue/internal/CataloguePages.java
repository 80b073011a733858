package no.laget.catalogue.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.laget.organisation.Organisation;
import no.laget.organisation.Unit;
import no.laget.platform.security.SignedInUser;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Municipal staff keep the catalogue: every measure (also deactivated ones), new, change, deactivate, export. */
@PageController
@RequestMapping("/catalogue")
class CataloguePages {

    private final MeasureAdministration administration;
    private final Measures measures;
    private final Organisation organisation;
    private final FieldErrors fieldErrors;

    CataloguePages(MeasureAdministration administration, Measures measures, Organisation organisation,
            FieldErrors fieldErrors) {
        this.administration = administration;
        this.measures = measures;
        this.organisation = organisation;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("measures", measures.search(MeasureSearch.everythingIncludingInactive()));
        return "catalogue/list";
    }

    @GetMapping("/new")
    String newMeasure(@AuthenticationPrincipal SignedInUser user, Model model) {
        return form(user, model, null, MeasureForm.empty(), fieldErrors.none());
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") MeasureForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            Measure measure = administration.create(user, form);
            redirect.addFlashAttribute("saved", measure.name());
            return "redirect:/catalogue";
        } catch (InvalidInputException e) {
            return form(user, model, null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Measure measure = administration.get(id);
        return form(user, model, measure, formOf(measure), fieldErrors.none());
    }

    @PostMapping("/{id}")
    String change(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("form") MeasureForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Measure existing = administration.get(id);
        try {
            MeasureForm keepingState = new MeasureForm(form.name(), form.description(), form.providerUnitId(),
                    form.providerName(), form.level(), form.ageFrom(), form.ageTo(), form.topics(), form.free(),
                    form.access(), form.contact(), form.accessibility(), existing.active());
            Measure measure = administration.change(user, id, keepingState);
            redirect.addFlashAttribute("saved", measure.name());
            return "redirect:/catalogue";
        } catch (InvalidInputException e) {
            return form(user, model, existing, form, fieldErrors.of(binding, e));
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("deactivated", administration.setActive(id, false).name());
        return "redirect:/catalogue";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("activated", administration.setActive(id, true).name());
        return "redirect:/catalogue";
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export() {
        byte[] csv = CatalogueCsv.export(measures.search(MeasureSearch.everythingIncludingInactive()));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tiltaksoversikt.csv").build().toString())
                .body(csv);
    }

    static MeasureForm formOf(Measure m) {
        return new MeasureForm(m.name(), m.description(), m.providedByUnit() ? String.valueOf(m.providerUnitId()) : "",
                m.providedByUnit() ? "" : m.providerName(), m.level().name(), String.valueOf(m.ageFrom()),
                String.valueOf(m.ageTo()), m.topics().stream().map(Topic::name).toList(), String.valueOf(m.free()),
                m.access().name(), m.contact(), m.accessibility() == null ? "" : m.accessibility(), m.active());
    }

    /**
     * The providers offered are the active units of the user's own municipality, and the measure's saved provider
     * even if it has been deactivated or lies elsewhere (the catalogue is shared): what the service accepts. The
     * saved provider, not the id typed, so that a crafted id from another municipality is not offered back.
     */
    private String form(SignedInUser user, Model model, Measure measure, MeasureForm form,
            Map<String, String> errors) {
        Long saved = measure != null && measure.providedByUnit() ? measure.providerUnitId() : null;
        List<Unit> own = organisation.unitsInMunicipalityOf(user.unitId()).stream()
                .filter(unit -> unit.active() || saved != null && unit.id() == saved).toList();
        List<Unit> units = saved == null || own.stream().anyMatch(unit -> unit.id() == saved) ? own
                : Stream.concat(own.stream(), organisation.unit(saved).stream()).toList();
        model.addAttribute("measure", measure);
        model.addAttribute("form", form.topics() == null ? withTopics(form) : form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units);
        model.addAttribute("levels", Arrays.asList(PreventionLevel.values()));
        model.addAttribute("topicChoices", Arrays.stream(Topic.values()).map(t -> Choice.ofKey(t.name(), t.labelKey())).toList());
        model.addAttribute("freeChoices", List.of(Choice.ofKey("true", "measure.free.yes"), Choice.ofKey("false", "measure.free.no")));
        model.addAttribute("routeChoices", Arrays.stream(AccessRoute.values()).map(r -> Choice.ofKey(r.name(), r.labelKey())).toList());
        return "catalogue/form";
    }

    private static MeasureForm withTopics(MeasureForm f) {
        return new MeasureForm(f.name(), f.description(), f.providerUnitId(), f.providerName(), f.level(), f.ageFrom(),
                f.ageTo(), List.of(), f.free(), f.access(), f.contact(), f.accessibility(), f.active());
    }
}
