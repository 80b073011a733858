package no.laget.organisation.internal;

import java.util.Map;

import no.laget.platform.security.Role;
import no.laget.platform.security.ApiScopes;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;
import no.laget.platform.web.PageController;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for the other systems on the API: list, register, change, deactivate, reactivate. */
@PageController
@RequestMapping("/admin/system-clients")
class SystemClientPages {

    private final SystemClientAdministration administration;
    private final UnitRepository units;
    private final FieldErrors fieldErrors;

    SystemClientPages(SystemClientAdministration administration, UnitRepository units, FieldErrors fieldErrors) {
        this.administration = administration;
        this.units = units;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("systems", administration.list());
        return "organisation/system-clients";
    }

    @GetMapping("/new")
    String newSystem(Model model) {
        return form(model, null, SystemClientForm.empty(), fieldErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") SystemClientForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("saved", administration.create(form).name());
            return "redirect:/admin/system-clients";
        } catch (InvalidInputException e) {
            return form(model, null, form, fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        SystemClientView system = administration.get(id);
        SystemClientForm form = new SystemClientForm(system.name(), system.clientId(), String.valueOf(system.unitId()),
                system.roles().stream().map(Role::name).toList(), system.scopes());
        return form(model, system, form, fieldErrors.none());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") SystemClientForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        SystemClientView existing = administration.get(id);
        try {
            redirect.addFlashAttribute("saved", administration.change(id, form).name());
            return "redirect:/admin/system-clients";
        } catch (InvalidInputException e) {
            return form(model, existing, form, fieldErrors.of(binding, e));
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("deactivated", administration.setActive(id, false).name());
        return "redirect:/admin/system-clients";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reactivated", administration.setActive(id, true).name());
        return "redirect:/admin/system-clients";
    }

    private String form(Model model, SystemClientView system, SystemClientForm form, Map<String, String> errors) {
        model.addAttribute("system", system);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units.findAll().stream().filter(unit -> unit.active()).toList());
        model.addAttribute("roleChoices", SystemClientAdministration.SYSTEM_ROLES.stream()
                .map(role -> Choice.ofKey(role.name(), role.labelKey())).toList());
        model.addAttribute("scopeChoices", ApiScopes.ALL.stream()
                .map(scope -> Choice.ofKey(scope, "systemClient.scope." + scope)).toList());
        return "organisation/system-client-form";
    }
}
