package no.laget.access;

import no.laget.platform.validation.RefusedException;

/**
 * Thrown after a refused decision; pages show the reason in bokmål (with emergency access offered where it helps,
 * AccessRefusalPages), the API answers 403 with the reason code like any module's refusal (platform.web).
 */
public class AccessRefusedException extends RefusedException {

    private final Reason reason;

    public AccessRefusedException(Reason reason) {
        super(reason.messageKey(), reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
