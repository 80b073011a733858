package no.laget.plan.internal;

/** Only municipal staff change a plan's contents; a unit leader in the API gets 403 problem+json. */
class EditRefusedException extends RuntimeException {

    EditRefusedException() {
        super("Plan edit refused");
    }
}
