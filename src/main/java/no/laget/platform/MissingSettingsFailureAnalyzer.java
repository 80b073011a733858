package no.laget.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused production start into a short message naming the settings, instead of a stack trace. */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        return new FailureAnalysis("Laget was started in production mode without: " + String.join(", ", cause.names()),
                "Set these environment variables (see README.md, \"Drift\"), or run ./laget run for the demo.", cause);
    }
}
