package no.laget.platform.validation;

/** The thing asked for does not exist (or is not for this user to know about): a 404 in bokmål. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
