package no.laget.organisation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import no.laget.organisation.Employee;
import no.laget.platform.security.Role;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators create, change and deactivate employees. Deactivating also ends the employee's open
 * sessions at once, so access stops with the click, not with the next idle timeout.
 */
@Service
public class EmployeeAdministration {

    private static final Logger log = LoggerFactory.getLogger(EmployeeAdministration.class);
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._-]+$");
    /** Visible ASCII without spaces: a GUID (Entra's oid), a pairwise subject, a Feide id. */
    private static final Pattern EXTERNAL_IDENTITY = Pattern.compile("^[\\x21-\\x7E]+$");
    static final int MAX_EXTERNAL_IDENTITY_LENGTH = 200;
    static final int MIN_PASSWORD_LENGTH = 12;

    private final EmployeeRepository employees;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    /** Absent when Laget runs without a web server (the access-log check command). */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    EmployeeAdministration(EmployeeRepository employees, UnitRepository units, PasswordEncoder passwordEncoder,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.employees = employees;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
    }

    @Transactional
    public Employee create(EmployeeForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<Role> roles = check(form, true, problems);
        String externalIdentity = checkExternalIdentity(form.externalIdentity(), 0, problems);
        String password = form.password() == null ? "" : form.password();
        if (password.isEmpty()) {
            // an employee who signs in through the identity provider needs no password of Laget's own
            if (externalIdentity == null) {
                problems.add(new FieldProblem("password", "employee.password.required"));
            }
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "employee.password.too-short"));
        } else if (password.length() > 128) {
            problems.add(new FieldProblem("password", "employee.password.too-long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id;
        try {
            id = employees.insert(form.username(), form.displayName(), form.email(), form.unitIdOrUnknown(),
                    password.isEmpty() ? null : passwordEncoder.encode(password), roles);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("username", "employee.username.taken");
        }
        linkExternalIdentity(id, externalIdentity);
        log.info("Employee {} created", id);
        return employees.findById(id).orElseThrow();
    }

    @Transactional
    public Employee change(long id, EmployeeForm form) {
        Employee before = get(id);
        List<FieldProblem> problems = new ArrayList<>();
        Set<Role> roles = check(form, false, problems);
        String externalIdentity = checkExternalIdentity(form.externalIdentity(), id, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        employees.update(id, form.displayName(), form.email(), form.unitIdOrUnknown(), roles);
        boolean relinked = form.externalIdentity() != null
                && !Objects.equals(before.externalIdentity(), externalIdentity);
        if (relinked) {
            linkExternalIdentity(id, externalIdentity);
        }
        if (!before.roles().equals(roles) || before.unitId() != form.unitIdOrUnknown() || relinked) {
            // roles and unit are read at login, and a session opened through an identity no longer linked must not
            // outlive the link: make the change count now
            endSessions(before.username());
        }
        log.info("Employee {} changed", id);
        return get(id);
    }

    @Transactional
    public Employee setActive(long id, boolean active) {
        Employee employee = get(id);
        employees.setActive(id, active);
        if (!active) {
            endSessions(employee.username());
        }
        log.info("Employee {} {}", id, active ? "reactivated" : "deactivated");
        return get(id);
    }

    public Employee get(long id) {
        return employees.findById(id).orElseThrow(() -> new NotFoundException("employee"));
    }

    /**
     * The identity as typed, trimmed; null when blank (no link). Null input (an API request without the field) is
     * also null here: the caller then keeps the link as it is.
     */
    private String checkExternalIdentity(String typed, long employeeId, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String value = typed.trim();
        if (value.length() > MAX_EXTERNAL_IDENTITY_LENGTH) {
            problems.add(new FieldProblem("externalIdentity", "employee.externalIdentity.too-long"));
        } else if (!EXTERNAL_IDENTITY.matcher(value).matches()) {
            problems.add(new FieldProblem("externalIdentity", "employee.externalIdentity.characters"));
        } else if (employees.externalIdentityTaken(value, employeeId)) {
            problems.add(new FieldProblem("externalIdentity", "employee.externalIdentity.taken"));
        }
        return value;
    }

    private void linkExternalIdentity(long id, String externalIdentity) {
        try {
            employees.setExternalIdentity(id, externalIdentity);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("externalIdentity", "employee.externalIdentity.taken");
        }
        // the value itself is never logged: it may be a national identity number (ID-porten's pid)
        log.info("Employee {} {} the identity provider", id, externalIdentity == null ? "unlinked from" : "linked to");
    }

    /** Problems are added in the order the fields stand on the page, so the error summary reads top down. */
    private Set<Role> check(EmployeeForm form, boolean isNew, List<FieldProblem> problems) {
        FieldRules.text(problems, "displayName", form.displayName(), 120, "employee.displayName");
        if (isNew && FieldRules.text(problems, "username", form.username(), 60, "employee.username")) {
            if (!USERNAME.matcher(form.username().trim()).matches()) {
                problems.add(new FieldProblem("username", "employee.username.characters"));
            } else if (employees.usernameTaken(form.username())) {
                problems.add(new FieldProblem("username", "employee.username.taken"));
            }
        }
        FieldRules.email(problems, "email", form.email(), "employee.email");
        if (form.unitId() == null || form.unitId().isBlank()) {
            problems.add(new FieldProblem("unitId", "employee.unitId.required"));
        } else if (units.findById(form.unitIdOrUnknown()).filter(unit -> unit.active()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "employee.unitId.unknown"));
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        boolean unknown = false;
        for (String name : form.roles()) {
            var role = Role.parse(name);
            role.ifPresent(roles::add);
            unknown |= role.isEmpty();
        }
        if (unknown) {
            problems.add(new FieldProblem("roles", "employee.roles.unknown"));
        } else if (roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "employee.roles.required"));
        }
        return roles;
    }

    private void endSessions(String username) {
        sessions.ifAvailable(store -> store.findByPrincipalName(username).keySet().forEach(store::deleteById));
    }
}
