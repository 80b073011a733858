package no.laget.nav;

import no.laget.platform.validation.RefusedException;

/**
 * The user's unit or role may not do this here (a kindergarten opening the emergency card ledger, NAV recording a
 * use of the card). Pages answer 403 in bokmål, the API problem+json with reason {@code NAV_REFUSED}; nothing about
 * what exists.
 */
public class NavRefusedException extends RefusedException {

    public NavRefusedException(String messageKey) {
        super(messageKey, "NAV_REFUSED");
    }
}
