package no.laget.support;

import no.laget.access.AccessRefusedException;

/** The refusal a call ends in, so that a test can compare two refusals (a record refused alike to one missing). */
public final class Refusals {

    private Refusals() {}

    /** The {@link AccessRefusedException} the call throws; fails if it is not refused. */
    public static AccessRefusedException refusal(Runnable call) {
        try {
            call.run();
        } catch (AccessRefusedException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
