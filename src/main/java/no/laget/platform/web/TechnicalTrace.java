package no.laget.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where an exception happened, as class and line names only: the chain's types and our own frames, no messages. */
final class TechnicalTrace {

    private TechnicalTrace() {}

    static String of(Throwable e) {
        StringBuilder trace = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            trace.append(t.getClass().getName()).append(" [")
                    .append(Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("no.laget"))
                            .limit(5).map(StackTraceElement::toString).collect(Collectors.joining(", ")))
                    .append("] ");
        }
        return trace.toString().trim();
    }
}
