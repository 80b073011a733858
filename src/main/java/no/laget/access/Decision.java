package no.laget.access;

/** The door's answer: allowed on a basis (with the consent or emergency access behind it), or refused for a reason. */
public record Decision(boolean allowed, Basis basis, Long consentId, Long emergencyId, Reason reason) {

    public static Decision allow(Basis basis, Long consentId, Long emergencyId) {
        return new Decision(true, basis, consentId, emergencyId, null);
    }

    public static Decision deny(Reason reason) {
        return new Decision(false, null, null, null, reason);
    }
}
