package no.laget.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code AccessLog.append}: its own transaction, the chain's advisory lock, the last hash, a SHA-256 per entry
 * and one batch insert. One entry is what a single decision logs; 50 is what a list page of children logs.
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

    @Benchmark
    public void appendBatchOf50(LagetState s) {
        s.log.append(s.batchOfEntries);
    }
}
