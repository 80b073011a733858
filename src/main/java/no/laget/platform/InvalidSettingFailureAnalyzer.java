package no.laget.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** One line naming the setting to correct, instead of a stack trace. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis("Laget was started with a setting that cannot be right: " + cause.getMessage(),
                "Correct " + cause.name() + " (see README.md, \"Drift\").", cause);
    }
}
