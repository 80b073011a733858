package no.laget.transition.internal;

import no.laget.platform.validation.RefusedException;

/**
 * The user's unit or role may not do this here (NAV editing the joint plan, a unit that did not start the transition). Pages answer 403 in bokmål, the API problem+json with
 * reason {@code NAV_REFUSED} (the code the module had before the NAV split); nothing about what exists.
 */
public class TransitionRefusedException extends RefusedException {

    public TransitionRefusedException(String messageKey) {
        super(messageKey, "NAV_REFUSED");
    }
}
