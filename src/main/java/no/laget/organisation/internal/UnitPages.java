package no.laget.organisation.internal;

import no.laget.platform.web.PageController;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import no.laget.organisation.Unit;
import no.laget.organisation.UnitType;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.FieldErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for units: list, create, change. */
@PageController
@RequestMapping("/admin/units")
class UnitPages {

    private final UnitAdministration administration;
    private final UnitRepository units;
    private final FieldErrors fieldErrors;

    UnitPages(UnitAdministration administration, UnitRepository units, FieldErrors fieldErrors) {
        this.administration = administration;
        this.units = units;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("units", units.findAll());
        return "organisation/units";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        return form(model, null, UnitForm.empty(), fieldErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            rejectUnreadable(binding);
            Unit unit = administration.create(form);
            redirect.addFlashAttribute("saved", unit.name());
            return "redirect:/admin/units";
        } catch (InvalidInputException e) {
            return form(model, null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Unit unit = administration.get(id);
        return form(model, unit, new UnitForm(unit.name(), unit.type().name(), unit.active()), fieldErrors.none());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Unit existing = administration.get(id);
        try {
            rejectUnreadable(binding);
            Unit unit = administration.change(id, form);
            redirect.addFlashAttribute("saved", unit.name());
            return "redirect:/admin/units";
        } catch (InvalidInputException e) {
            return form(model, existing, form, fieldErrors.of(binding, e));
        }
    }

    private static void rejectUnreadable(BindingResult binding) {
        if (binding.hasErrors()) {
            throw new InvalidInputException(List.of());
        }
    }

    private String form(Model model, Unit unit, UnitForm form, Map<String, String> errors) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("unitTypes", Arrays.asList(UnitType.values()));
        return "organisation/unit-form";
    }
}
