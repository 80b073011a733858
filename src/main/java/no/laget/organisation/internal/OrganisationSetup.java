package no.laget.organisation.internal;

import java.util.List;
import java.util.Set;

import no.laget.platform.security.Role;
import no.laget.organisation.UnitType;
import no.laget.platform.LagetProperties;
import no.laget.platform.MissingSettingsException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start: the municipality from the settings; in demo mode Halden's units and one demo employee per
 * role (password "demo"); in production the first administrator from the settings while there is none.
 */
@Component
class OrganisationSetup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(OrganisationSetup.class);

    record DemoUnit(String name, UnitType type) {}

    record DemoEmployee(String username, String displayName, String unitName, Set<Role> roles) {}

    static final List<DemoUnit> DEMO_UNITS = List.of(
            new DemoUnit("Familiens hus", UnitType.FAMILY_CENTRE),
            new DemoUnit("Helsestasjonen, Familiens hus", UnitType.HEALTH_STATION),
            new DemoUnit("PPT, Familiens hus", UnitType.PPT),
            new DemoUnit("Brekkerød barnehage", UnitType.KINDERGARTEN),
            new DemoUnit("Isebakke barnehage", UnitType.KINDERGARTEN),
            new DemoUnit("Gimle skole", UnitType.SCHOOL),
            new DemoUnit("Låby skole", UnitType.SCHOOL),
            new DemoUnit("Os skole", UnitType.SCHOOL),
            new DemoUnit("Strupe ungdomsskole", UnitType.SCHOOL),
            new DemoUnit("Gimle SFO", UnitType.AFTER_SCHOOL),
            new DemoUnit("Barneverntjenesten i Halden", UnitType.CHILD_WELFARE),
            new DemoUnit("NAV Halden-Aremark", UnitType.NAV),
            new DemoUnit("BUP Halden", UnitType.BUP),
            new DemoUnit("Oppvekst, rådhuset", UnitType.OTHER));

    static final List<DemoEmployee> DEMO_EMPLOYEES = List.of(
            new DemoEmployee("admin", "Demo Administrator", "Oppvekst, rådhuset", Set.of(Role.ADMINISTRATOR)),
            new DemoEmployee("ansatt", "Ingrid Demodatter", "Brekkerød barnehage", Set.of(Role.EMPLOYEE)),
            new DemoEmployee("leder", "Lars Demosen", "Brekkerød barnehage", Set.of(Role.EMPLOYEE, Role.UNIT_LEADER)),
            new DemoEmployee("helsesykepleier", "Hanne Prøvesen", "Helsestasjonen, Familiens hus", Set.of(Role.EMPLOYEE)),
            new DemoEmployee("laerer", "Lise Testrud", "Gimle skole", Set.of(Role.EMPLOYEE)),
            new DemoEmployee("ppt", "Per Eksempelsen", "PPT, Familiens hus", Set.of(Role.EMPLOYEE)),
            new DemoEmployee("barnevern", "Berit Fiktiv", "Barneverntjenesten i Halden",
                    Set.of(Role.EMPLOYEE, Role.CHILD_WELFARE_INTAKE)),
            new DemoEmployee("nav", "Nils Oppdiktet", "NAV Halden-Aremark", Set.of(Role.EMPLOYEE)),
            new DemoEmployee("oppvekst", "Olga Planlegger", "Oppvekst, rådhuset", Set.of(Role.MUNICIPAL_STAFF)),
            new DemoEmployee("revisor", "Randi Kontrollsen", "Oppvekst, rådhuset", Set.of(Role.AUDITOR)));

    private final LagetProperties properties;
    private final MunicipalityRepository municipalities;
    private final UnitRepository units;
    private final EmployeeRepository employees;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;

    OrganisationSetup(LagetProperties properties, MunicipalityRepository municipalities, UnitRepository units,
            EmployeeRepository employees, PasswordEncoder passwordEncoder, TransactionTemplate transaction) {
        this.properties = properties;
        this.municipalities = municipalities;
        this.units = units;
        this.employees = employees;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            long municipalityId = municipalities.ensure(properties.municipality().number(),
                    properties.municipality().name());
            if (properties.demo()) {
                seedDemo(municipalityId);
            } else {
                bootstrapAdministrator(municipalityId);
            }
        });
    }

    private void seedDemo(long municipalityId) {
        if (!units.findAll().isEmpty()) {
            addDemoEmployeesMissingFromAnOlderDemo();
            return;
        }
        DEMO_UNITS.forEach(unit -> units.insert(municipalityId, unit.name(), unit.type()));
        String demoHash = passwordEncoder.encode("demo");
        var unitIds = units.findAll();
        for (DemoEmployee demo : DEMO_EMPLOYEES) {
            long unitId = unitIds.stream().filter(u -> u.name().equals(demo.unitName())).findFirst().orElseThrow().id();
            employees.insert(demo.username(), demo.displayName(), demo.username() + "@demo.laget.no", unitId, demoHash,
                    demo.roles());
        }
        log.info("Demo data created: {} units, {} employees", DEMO_UNITS.size(), DEMO_EMPLOYEES.size());
    }

    /** A demo database made before a demo account was added (the auditor) gets that account on the next start. */
    private void addDemoEmployeesMissingFromAnOlderDemo() {
        var known = employees.findAll().stream().map(employee -> employee.username().toLowerCase()).toList();
        var unitIds = units.findAll();
        for (DemoEmployee demo : DEMO_EMPLOYEES) {
            if (known.contains(demo.username())) {
                continue;
            }
            unitIds.stream().filter(u -> u.name().equals(demo.unitName())).findFirst().ifPresent(unit -> {
                employees.insert(demo.username(), demo.displayName(), demo.username() + "@demo.laget.no", unit.id(),
                        passwordEncoder.encode("demo"), demo.roles());
                log.info("Demo account added: {}", demo.username());
            });
        }
    }

    private void bootstrapAdministrator(long municipalityId) {
        if (employees.anyActiveAdministrator()) {
            return;
        }
        var admin = properties.bootstrapAdmin();
        if (blank(admin.username()) || blank(admin.password())
                || admin.password().length() < EmployeeAdministration.MIN_PASSWORD_LENGTH) {
            throw new MissingSettingsException(List.of("LAGET_ADMIN_USERNAME",
                    "LAGET_ADMIN_PASSWORD (at least " + EmployeeAdministration.MIN_PASSWORD_LENGTH + " characters)"));
        }
        long unitId = units.findAll().stream().findFirst()
                .map(unit -> unit.id())
                .orElseGet(() -> units.insert(municipalityId, "Administrasjon", UnitType.OTHER));
        employees.insert(admin.username(), "Administrator", admin.username() + "@localhost", unitId,
                passwordEncoder.encode(admin.password()), Set.of(Role.ADMINISTRATOR));
        log.info("First administrator created from LAGET_ADMIN_USERNAME");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
