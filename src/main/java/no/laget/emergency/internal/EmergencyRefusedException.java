package no.laget.emergency.internal;

import no.laget.platform.validation.RefusedException;

/**
 * The user's unit or role may not do this here (a kindergarten opening the emergency card ledger, NAV recording a use of the card). Pages answer 403 in bokmål, the API problem+json with
 * reason {@code NAV_REFUSED} (the code the module had before the NAV split); nothing about what exists.
 */
public class EmergencyRefusedException extends RefusedException {

    public EmergencyRefusedException(String messageKey) {
        super(messageKey, "NAV_REFUSED");
    }
}
