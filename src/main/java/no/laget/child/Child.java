package no.laget.child;

import java.time.LocalDate;

/**
 * A child in Laget. The identity number is optional (a newborn may not have one yet); the birth date is
 * stored on its own because the number's date part can differ from it.
 */
public record Child(long id, String identityNumber, String givenName, String familyName, LocalDate birthDate,
        String address, boolean childWelfareHasCare) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Whole years on a given day, from the stored birth date; empty when the birth date is unknown. */
    public java.util.OptionalInt ageOn(LocalDate day) {
        return birthDate == null ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of(java.time.Period.between(birthDate, day).getYears());
    }

    @Override
    public String toString() {
        return "Child[" + id + "]"; // never names or numbers in a log line
    }
}
