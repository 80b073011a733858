package no.laget.report.internal;

/**
 * A receiver did not take the report. {@code permanent} is the receiver's own refusal (the Fiks receipt "feilet"):
 * trying again would not help. Anything else (down, timeout, 5xx) is tried again later. The message is a code,
 * never personal data: it is stored and logged.
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String code, boolean permanent) {
        super(code);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
