package no.laget.organisation;

import java.util.List;
import java.util.Optional;

import no.laget.organisation.internal.EmployeeRepository;
import no.laget.organisation.internal.UnitRepository;

import org.springframework.stereotype.Service;

/** What other modules may read about the organisation. */
@Service
public class Organisation {

    private final UnitRepository units;
    private final EmployeeRepository employees;

    Organisation(UnitRepository units, EmployeeRepository employees) {
        this.units = units;
        this.employees = employees;
    }

    public List<Unit> units() {
        return units.findAll();
    }

    public Optional<Unit> unit(long id) {
        return units.findById(id);
    }

    public Optional<Employee> employee(long id) {
        return employees.findById(id);
    }
}
