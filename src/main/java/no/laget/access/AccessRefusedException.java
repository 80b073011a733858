package no.laget.access;

/** Thrown after a refused decision; pages show the reason in bokmål, the API answers 403 with the reason code. */
public class AccessRefusedException extends RuntimeException {

    private final Reason reason;

    public AccessRefusedException(Reason reason) {
        super("Access denied: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
