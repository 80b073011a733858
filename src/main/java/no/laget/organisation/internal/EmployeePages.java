package no.laget.organisation.internal;

import no.laget.platform.web.PageController;
import java.util.Arrays;
import java.util.Map;

import no.laget.organisation.Employee;
import no.laget.platform.security.Role;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.web.Choice;
import no.laget.platform.web.FieldErrors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages for employees: list, create, change, deactivate and reactivate. */
@PageController
@RequestMapping("/admin/employees")
class EmployeePages {

    private final EmployeeAdministration administration;
    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final FieldErrors fieldErrors;

    EmployeePages(EmployeeAdministration administration, EmployeeRepository employees, UnitRepository units,
            FieldErrors fieldErrors) {
        this.administration = administration;
        this.employees = employees;
        this.units = units;
        this.fieldErrors = fieldErrors;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("employees", employees.findAll());
        return "organisation/employees";
    }

    @GetMapping("/new")
    String newEmployee(Model model) {
        return form(model, null, EmployeeForm.empty(), fieldErrors.none());
    }

    @PostMapping
    String create(@ModelAttribute("form") EmployeeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            Employee employee = administration.create(form);
            redirect.addFlashAttribute("saved", employee.displayName());
            return "redirect:/admin/employees";
        } catch (InvalidInputException e) {
            // The password is never sent back to the browser, not even after a mistake elsewhere.
            return form(model, null, form.withoutPassword(), fieldErrors.of(binding, e));
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        Employee employee = administration.get(id);
        EmployeeForm form = new EmployeeForm(employee.displayName(), employee.username(), employee.email(),
                String.valueOf(employee.unitId()), employee.roles().stream().map(Role::name).toList(), "",
                employee.externalIdentity() == null ? "" : employee.externalIdentity());
        return form(model, employee, form, fieldErrors.none());
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @ModelAttribute("form") EmployeeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Employee existing = administration.get(id);
        try {
            Employee employee = administration.change(id, form);
            redirect.addFlashAttribute("saved", employee.displayName());
            return "redirect:/admin/employees";
        } catch (InvalidInputException e) {
            return form(model, existing, form.withoutPassword(), fieldErrors.of(binding, e));
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("deactivated", administration.setActive(id, false).displayName());
        return "redirect:/admin/employees";
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reactivated", administration.setActive(id, true).displayName());
        return "redirect:/admin/employees";
    }

    private String form(Model model, Employee employee, EmployeeForm form, Map<String, String> errors) {
        model.addAttribute("employee", employee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("units", units.findAll().stream().filter(unit -> unit.active()).toList());
        model.addAttribute("roleChoices", Arrays.stream(Role.values()).map(r -> Choice.ofKey(r.name(), r.labelKey())).toList());
        return "organisation/employee-form";
    }
}
