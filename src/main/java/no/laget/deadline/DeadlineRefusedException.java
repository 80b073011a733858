package no.laget.deadline;

/**
 * A person may not mark this deadline (it rests on someone else, or it is a legal clock). Pages answer 403 with the
 * reason in bokmål, the API 403 problem+json with reason {@code DEADLINE_REFUSED}.
 */
public class DeadlineRefusedException extends RuntimeException {

    private final String messageKey;

    public DeadlineRefusedException(String messageKey) {
        super("Refused: " + messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
