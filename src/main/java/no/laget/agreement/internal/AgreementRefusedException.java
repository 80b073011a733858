package no.laget.agreement.internal;

import no.laget.platform.validation.RefusedException;

/**
 * The user's unit or role may not do this here (an administrator, or a unit that is no party to the agreement). Pages answer 403 in bokmål, the API problem+json with
 * reason {@code NAV_REFUSED} (the code the module had before the NAV split); nothing about what exists.
 */
public class AgreementRefusedException extends RefusedException {

    public AgreementRefusedException(String messageKey) {
        super(messageKey, "NAV_REFUSED");
    }
}
