package no.laget.access;

/**
 * A family member asked for something of a child they may not see or do. The family pages answer it exactly like a
 * child that does not exist, so an id never tells whether it is somebody's child.
 */
public class FamilyAccessRefusedException extends RuntimeException {

    private final Reason reason;

    public FamilyAccessRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
