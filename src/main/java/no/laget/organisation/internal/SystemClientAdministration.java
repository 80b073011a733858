package no.laget.organisation.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.laget.platform.security.Role;
import no.laget.platform.security.ApiScopes;
import no.laget.platform.validation.FieldProblem;
import no.laget.platform.validation.FieldRules;
import no.laget.platform.validation.InvalidInputException;
import no.laget.platform.validation.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators register the municipality's other systems for the API: name, the identity provider's client id,
 * the unit the system works for, its roles and its scopes. A system gets the roles that read children through the
 * door (never administration); deactivating it refuses its next token at once, since every request looks it up.
 */
@Service
class SystemClientAdministration {

    private static final Logger log = LoggerFactory.getLogger(SystemClientAdministration.class);
    private static final Pattern CLIENT_ID = Pattern.compile("^[A-Za-z0-9._:@/-]+$");
    /** What the door weighs for a system; administration, statistics and the auditor's reading stay with people. */
    static final Set<Role> SYSTEM_ROLES = EnumSet.of(Role.EMPLOYEE, Role.CHILD_WELFARE_INTAKE);
    /** The access log's own client values: a system named like one would be mistaken for it. */
    private static final Set<String> RESERVED_NAMES = Set.of("page", "api", "system");

    private final SystemClientRepository systems;
    private final UnitRepository units;

    SystemClientAdministration(SystemClientRepository systems, UnitRepository units) {
        this.systems = systems;
        this.units = units;
    }

    List<SystemClientView> list() {
        return systems.findAll();
    }

    SystemClientView get(long id) {
        return systems.findById(id).map(SystemClientRepository.Row::view)
                .orElseThrow(() -> new NotFoundException("system-client"));
    }

    @Transactional
    SystemClientView create(SystemClientForm form) {
        Checked checked = check(form, -1);
        long id;
        try {
            id = systems.insert(form.name(), form.clientId(), form.unitIdOrUnknown(), checked.roles(), checked.scopes());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("clientId", "systemClient.clientId.taken");
        }
        log.info("System client {} registered", id);
        return get(id);
    }

    @Transactional
    SystemClientView change(long id, SystemClientForm form) {
        SystemClientView before = get(id);
        Checked checked = check(form, id);
        try {
            systems.update(id, before.accountId(), form.name(), form.clientId(), form.unitIdOrUnknown(), checked.roles(),
                    checked.scopes());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.of("clientId", "systemClient.clientId.taken");
        }
        log.info("System client {} changed", id);
        return get(id);
    }

    @Transactional
    SystemClientView setActive(long id, boolean active) {
        get(id);
        systems.setActive(id, active);
        log.info("System client {} {}", id, active ? "reactivated" : "deactivated");
        return get(id);
    }

    private record Checked(Set<Role> roles, List<String> scopes) {}

    /** Problems in the order the fields stand on the page. */
    private Checked check(SystemClientForm form, long id) {
        List<FieldProblem> problems = new ArrayList<>();
        if (FieldRules.text(problems, "name", form.name(), 60, "systemClient.name")) {
            if (RESERVED_NAMES.contains(form.name().trim().toLowerCase()) || systems.nameTaken(form.name(), id)) {
                problems.add(new FieldProblem("name", "systemClient.name.taken"));
            }
        }
        if (FieldRules.text(problems, "clientId", form.clientId(), 53, "systemClient.clientId")) {
            if (!CLIENT_ID.matcher(form.clientId().trim()).matches()) {
                problems.add(new FieldProblem("clientId", "systemClient.clientId.characters"));
            } else if (systems.clientIdTaken(form.clientId(), id)) {
                problems.add(new FieldProblem("clientId", "systemClient.clientId.taken"));
            }
        }
        if (form.unitId() == null || form.unitId().isBlank()) {
            problems.add(new FieldProblem("unitId", "systemClient.unitId.required"));
        } else if (units.findById(form.unitIdOrUnknown()).filter(unit -> unit.active()).isEmpty()) {
            problems.add(new FieldProblem("unitId", "systemClient.unitId.unknown"));
        }
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        boolean unknownRole = false;
        for (String name : form.roles()) {
            var role = Role.parse(name).filter(SYSTEM_ROLES::contains);
            role.ifPresent(roles::add);
            unknownRole |= role.isEmpty();
        }
        if (unknownRole) {
            problems.add(new FieldProblem("roles", "systemClient.roles.unknown"));
        } else if (roles.isEmpty()) {
            problems.add(new FieldProblem("roles", "systemClient.roles.required"));
        }
        Set<String> scopes = new LinkedHashSet<>();
        boolean unknownScope = false;
        for (String scope : form.scopes()) {
            if (ApiScopes.known(scope)) {
                scopes.add(scope);
            } else {
                unknownScope = true;
            }
        }
        if (unknownScope) {
            problems.add(new FieldProblem("scopes", "systemClient.scopes.unknown"));
        } else if (scopes.isEmpty()) {
            problems.add(new FieldProblem("scopes", "systemClient.scopes.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Checked(roles, ApiScopes.ALL.stream().filter(scopes::contains).toList());
    }
}
