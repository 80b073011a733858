package no.laget.bench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import no.laget.access.AccessedObject;
import no.laget.access.Action;
import no.laget.access.Decision;
import no.laget.access.InformationCategory;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The access door against the bare SQL rule it asks. A decision is the {@code access_basis} statement plus,
 * for refusals, the denial-reason query, plus an access log append in its own transaction; the
 * other three run SQL alone with the same arguments: {@code accessBasis} calls the function directly,
 * {@code doorStatement} and {@code doorStatementEach} run the door's own statement (unnest + lateral join) for
 * one and for seven categories. decide / accessBasis is the price of the door around the rule.
 *
 * <p>The user is an employee of the school that serves the child. For the benchmarked child:
 * EDUCATION and BASIC are allowed as OWN_SERVICE, HEALTH through consent, PPT is refused (expired consent),
 * RELAY_LOG, CHILD_WELFARE and NAV are refused (not granted).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class AccessDoorBenchmark {

    private static final Set<InformationCategory> ALL = EnumSet.allOf(InformationCategory.class);
    private static final String[] ALL_NAMES = ALL.stream().map(Enum::name).toArray(String[]::new);
    private static final String[] ONE_NAME = {InformationCategory.EDUCATION.name()};

    /** One category, allowed on OWN_SERVICE: the common case. Access SQL + one log append. */
    @Benchmark
    public Decision decide(LagetState s) {
        return s.door.decide(s.user, s.childId, InformationCategory.EDUCATION, Action.READ,
                AccessedObject.of("child", s.childId));
    }

    /** One category, refused: adds the query that explains the refusal. */
    @Benchmark
    public Decision decideRefused(LagetState s) {
        return s.door.decide(s.user, s.childId, InformationCategory.PPT, Action.READ,
                AccessedObject.of("child", s.childId));
    }

    /** All 7 categories of one child in one statement, as the child page asks; 7 log entries in one append. */
    @Benchmark
    public Map<InformationCategory, Decision> decideEach(LagetState s) {
        return s.door.decideEach(s.user, s.childId, ALL, Action.READ, AccessedObject.of("child", s.childId));
    }

    /** The rule alone for one category: {@code select ... from access_basis(...)}, same arguments as decide. */
    @Benchmark
    public List<String> accessBasis(LagetState s) {
        return s.jdbc.sql(LagetState.ACCESS_BASIS_SQL)
                .params(s.childId, s.user.employeeId(), s.user.unitId(), s.roles, InformationCategory.EDUCATION.name(),
                        Action.READ.name(), s.today(), s.now())
                .query((rs, row) -> rs.getString("basis")).list();
    }

    /** The door's own statement (unnest + lateral access_basis) for one category, alone: what decide runs first. */
    @Benchmark
    public List<String> doorStatement(LagetState s) {
        return runDoorStatement(s, ONE_NAME);
    }

    /** The door's own statement for all 7 categories, alone: what decideEach runs before explaining and logging. */
    @Benchmark
    public List<String> doorStatementEach(LagetState s) {
        return runDoorStatement(s, ALL_NAMES);
    }

    private static List<String> runDoorStatement(LagetState s, String[] categories) {
        List<String> bases = new ArrayList<>(categories.length);
        s.jdbc.sql(LagetState.DOOR_SQL)
                .params(categories, s.childId, s.user.employeeId(), s.user.unitId(), s.roles, Action.READ.name(),
                        s.today(), s.now())
                .query(rs -> { bases.add(rs.getString("basis")); });
        return bases;
    }
}
