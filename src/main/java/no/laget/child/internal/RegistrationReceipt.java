package no.laget.child.internal;

import java.time.LocalDate;

/**
 * What a registration answers: the opaque reference and exactly what the employee typed, whether Laget knew the
 * child or not. Nothing in it comes from the child's record, so it tells nothing about what others recorded.
 */
public record RegistrationReceipt(String reference, String identityNumber, String noNumberReason,
        String noNumberExplanation, String givenName, String familyName, LocalDate birthDate, boolean birthDateConfirmed,
        String address, LocalDate servingFrom, String reason, LocalDate registeredOn) {

    @Override
    public String toString() {
        return "RegistrationReceipt[" + reference + "]";
    }
}
