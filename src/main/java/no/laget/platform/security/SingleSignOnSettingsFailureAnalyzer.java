package no.laget.platform.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A half-configured single sign-on: one short message naming the setting, instead of a stack trace. */
class SingleSignOnSettingsFailureAnalyzer extends AbstractFailureAnalyzer<SingleSignOnSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SingleSignOnSettingsException cause) {
        return new FailureAnalysis("Laget's single sign-on is not configured right: " + cause.getMessage(),
                "Correct " + cause.setting() + " (see README.md, \"Innlogging med kommunens innlogging\"), or leave "
                        + "LAGET_OIDC_ISSUER and LAGET_OIDC_CLIENT_ID empty to turn single sign-on off.", cause);
    }
}
