package no.laget.nav;

/**
 * The user's unit or role may not do this here (a kindergarten opening the emergency card ledger, NAV recording a
 * use of the card). Pages answer 403 in bokmål, the API problem+json with the reason; nothing about what exists.
 */
public class NavRefusedException extends RuntimeException {

    private final String messageKey;

    public NavRefusedException(String messageKey) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
