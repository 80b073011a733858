package no.laget.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    /**
     * The units of the given unit's own municipality: what a form about one child offers to choose from (a national
     * installation has thousands of units; every one of them made the consent form 2 MB).
     */
    public List<Unit> unitsInMunicipalityOf(long unitId) {
        return units.findInMunicipalityOf(unitId);
    }

    public Optional<Unit> unit(long id) {
        return units.findById(id);
    }

    /** The id of the municipality the unit belongs to (every unit belongs to one). */
    public long municipalityOf(long unitId) {
        return units.municipalityOf(unitId);
    }

    public Optional<Employee> employee(long id) {
        return employees.findById(id);
    }

    /** Names of the given employees in one statement, for lists that show who did something. */
    public Map<Long, String> employeeNames(Collection<Long> ids) {
        return employees.namesOf(ids);
    }

    public Map<Long, Unit> unitsById() {
        return units.findAll().stream().collect(Collectors.toMap(Unit::id, unit -> unit));
    }

    /**
     * Active employees with one of the ids or in one of the units, in one statement: who a reminder of a person's
     * or a unit's duty goes to (deadline module).
     */
    public List<Employee> activeEmployees(Collection<Long> ids, Collection<Long> unitIds) {
        return employees.findActive(ids, unitIds);
    }
}
