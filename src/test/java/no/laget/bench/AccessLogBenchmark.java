package no.laget.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code AccessLog.append}: one statement on its own connection that links each entry to its chain's last hash
 * (a SHA-256 per entry in Java and one in the database). One entry is what a single decision logs; 50 is what a list page of children logs.
 * The same prepared entries are appended again and again (the log is append-only and allows that).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class AccessLogBenchmark {

    @Benchmark
    public void appendOne(LagetState s) {
        s.log.append(s.oneEntry);
    }

    /** Each writer thread logs reads of its own child by the same employee (one chain since V198). */
    @State(Scope.Thread)
    public static class Writer {
        private static final AtomicInteger NEXT = new AtomicInteger();
        final int index = NEXT.getAndIncrement();
    }

    @Benchmark
    public void appendOneOwnChild(LagetState s, Writer w) {
        s.log.append(List.of(s.batchOfEntries.get(w.index % s.batchOfEntries.size())));
    }

    /** Each writer thread is another employee (another chain since V198): run with -t 1, 10, 50. */
    @Benchmark
    public void appendOneOwnEmployee(LagetState s, Writer w) {
        s.log.append(List.of(s.entryPerEmployee.get(w.index % s.entryPerEmployee.size())));
    }

    @Benchmark
    public void appendBatchOf50(LagetState s) {
        s.log.append(s.batchOfEntries);
    }
}
