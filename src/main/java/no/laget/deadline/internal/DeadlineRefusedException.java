package no.laget.deadline.internal;

import no.laget.platform.validation.RefusedException;

/**
 * A person may not mark this deadline (it rests on someone else, or it is a legal clock). Pages answer 403 with the
 * reason in bokmål, the API 403 problem+json with reason {@code DEADLINE_REFUSED}.
 */
public class DeadlineRefusedException extends RefusedException {

    public DeadlineRefusedException(String messageKey) {
        super(messageKey, "DEADLINE_REFUSED");
    }
}
