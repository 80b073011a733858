package no.laget.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finding a person or a unit by name for a picker (issue 16, "People, not lists"). The caller says which units the
 * task may involve (a {@link Scope}: units by id, and units of a type, as a consent names its receivers); nothing
 * outside the scope is ever returned, and an empty scope finds nothing. The name is matched from the start of the
 * whole name or of its last word, through the expression indexes of migration V115, and at most {@link #PAGE}
 * matches come back, employees who work with children first, then units.
 */
@Service
public class People {

    /** At most this many matches: a short list to choose from, never a register. */
    public static final int PAGE = 10;
    /** Shorter queries find nothing: one letter would list half a unit. */
    public static final int MIN_QUERY = 2;

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units a task may involve: these ids, and every unit of these types. */
    public record Scope(Set<Long> unitIds, Set<UnitType> unitTypes) {

        public Scope {
            unitIds = Set.copyOf(unitIds);
            unitTypes = Set.copyOf(unitTypes);
        }

        public static Scope units(Collection<Long> ids) {
            return new Scope(Set.copyOf(ids), Set.of());
        }

        public boolean isEmpty() {
            return unitIds.isEmpty() && unitTypes.isEmpty();
        }

        public boolean includes(Unit unit) {
            return unit.active() && (unitIds.contains(unit.id()) || unitTypes.contains(unit.type()));
        }
    }

    public enum Kind { EMPLOYEE, UNIT }

    /** A match; {@link #value()} is what a form sends back: "employee:ID" or "unit:ID". */
    public record Match(Kind kind, long id, String name, long unitId, String unitName) {

        public String value() {
            return (kind == Kind.EMPLOYEE ? "employee:" : "unit:") + id;
        }

        /** "Kari Nordmann, Tusenfryd barnehage", or the unit's name. */
        public String label() {
            return kind == Kind.EMPLOYEE ? name + ", " + unitName : name;
        }
    }

    /** Active employees (who work with children) in the scope whose name starts, or whose last word starts, with q. */
    public List<Match> employees(String query, Scope scope, int limit) {
        String prefix = prefix(query);
        if (prefix == null || scope.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                select e.id, e.display_name, e.unit_id, u.name as unit_name
                  from employee e join unit u on u.id = e.unit_id
                 where e.active
                   and (translate(lower(e.display_name), 'ÆØÅ', 'æøå') like :prefix
                        or translate(lower(regexp_replace(e.display_name, '^.*\\s', '')), 'ÆØÅ', 'æøå') like :prefix)
                   and u.active and (u.id = any(:ids) or u.type = any(:types))
                   and exists (select 1 from employee_role r where r.employee_id = e.id
                                  and r.role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE'))
                 order by lower(e.display_name), e.id
                 limit :limit""")
                .param("prefix", prefix).param("ids", scope.unitIds().toArray(Long[]::new))
                .param("types", scope.unitTypes().stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> new Match(Kind.EMPLOYEE, rs.getLong("id"), rs.getString("display_name"),
                        rs.getLong("unit_id"), rs.getString("unit_name")))
                .list();
    }

    /** Active units in the scope whose name, or a word of it, starts with q. */
    public List<Match> units(String query, Scope scope, int limit) {
        String prefix = prefix(query);
        if (prefix == null || scope.isEmpty() || limit <= 0) {
            return List.of();
        }
        return jdbc.sql("""
                select u.id, u.name from unit u
                 where u.active and (u.id = any(:ids) or u.type = any(:types))
                   and (translate(lower(u.name), 'ÆØÅ', 'æøå') like :prefix
                        or translate(lower(u.name), 'ÆØÅ', 'æøå') like :word)
                 order by lower(u.name), u.id
                 limit :limit""")
                .param("prefix", prefix).param("word", "% " + prefix)
                .param("ids", scope.unitIds().toArray(Long[]::new))
                .param("types", scope.unitTypes().stream().map(Enum::name).toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> new Match(Kind.UNIT, rs.getLong("id"), rs.getString("name"), rs.getLong("id"),
                        rs.getString("name")))
                .list();
    }

    /** Employees first, then units, at most {@link #PAGE} together. */
    public List<Match> search(String query, Scope scope, boolean withUnits) {
        List<Match> matches = new ArrayList<>(employees(query, scope, PAGE));
        if (withUnits) {
            matches.addAll(units(query, scope, PAGE - matches.size()));
        }
        return matches;
    }

    /** Whether a query is long enough to search with. */
    public static boolean searchable(String query) {
        return prefix(query) != null;
    }

    /** The typed text folded like the indexes, with LIKE's wildcards and escape taken as letters; null if too short. */
    static String prefix(String query) {
        if (query == null) {
            return null;
        }
        String folded = query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (folded.length() < MIN_QUERY) {
            return null;
        }
        return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
