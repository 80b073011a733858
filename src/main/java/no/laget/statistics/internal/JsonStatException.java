package no.laget.statistics.internal;

import java.util.List;

/**
 * The input is not a JSON-stat 2.0 dataset we can read. Carries a message key in
 * messages-statistics.properties and its arguments, so the page can say what is wrong in bokmål.
 */
public class JsonStatException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public JsonStatException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
