package no.laget.archive.internal;

/** An extract that could not be written or did not validate; the message says which file and why (no personal data). */
public class ExtractException extends RuntimeException {

    public ExtractException(String message) {
        super(message);
    }

    public ExtractException(String message, Throwable cause) {
        super(message, cause);
    }
}
