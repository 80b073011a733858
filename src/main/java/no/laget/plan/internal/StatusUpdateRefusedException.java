package no.laget.plan.internal;

/** The user may not update this action's status: not municipal staff, nor a leader of the unit that owns it. */
class StatusUpdateRefusedException extends RuntimeException {

    StatusUpdateRefusedException(long actionId) {
        super("Status update of plan action " + actionId + " refused");
    }
}
