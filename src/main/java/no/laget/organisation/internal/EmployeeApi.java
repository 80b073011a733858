package no.laget.organisation.internal;

import java.net.URI;
import java.util.List;

import no.laget.organisation.Employee;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/employees, for administrators. Employees are deactivated, never deleted: there is no DELETE. */
@RestController
@RequestMapping("/api/v1/employees")
class EmployeeApi {

    private final EmployeeAdministration administration;
    private final EmployeeRepository employees;

    EmployeeApi(EmployeeAdministration administration, EmployeeRepository employees) {
        this.administration = administration;
        this.employees = employees;
    }

    @GetMapping
    List<Employee> list() {
        return employees.findAll();
    }

    @GetMapping("/{id}")
    Employee get(@PathVariable long id) {
        return administration.get(id);
    }

    @PostMapping
    ResponseEntity<Employee> create(@RequestBody EmployeeForm form) {
        Employee employee = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/employees/" + employee.id())).body(employee);
    }

    @PutMapping("/{id}")
    Employee change(@PathVariable long id, @RequestBody EmployeeForm form) {
        return administration.change(id, form);
    }

    @PostMapping("/{id}/deactivate")
    Employee deactivate(@PathVariable long id) {
        return administration.setActive(id, false);
    }

    @PostMapping("/{id}/reactivate")
    Employee reactivate(@PathVariable long id) {
        return administration.setActive(id, true);
    }
}
