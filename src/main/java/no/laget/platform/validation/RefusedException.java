package no.laget.platform.validation;

/**
 * A module's own rule refuses the user (not the access door): pages answer 403 with the reason in bokmål, the API 403
 * problem+json with the module's reason code. One pair of handlers in platform.web serves every module.
 */
public class RefusedException extends RuntimeException {

    private final String messageKey;
    private final String reasonCode;

    protected RefusedException(String messageKey, String reasonCode) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
        this.reasonCode = reasonCode;
    }

    public String messageKey() {
        return messageKey;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
