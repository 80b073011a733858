package no.laget.child;

/**
 * What an employee types to register a child. Dates as typed: yyyy-mm-dd from the date field, or 31.12.2019.
 * {@code reason} says why the unit serves the child (required on every registration, so that the form asks the
 * same whether or not Laget knows the number). Without an identity number, {@code noNumberReason} (UNBORN,
 * NEWLY_ARRIVED or OTHER) and {@code noNumberExplanation} are required. {@code confirmBirthDate} is "true" when
 * the employee confirms a birth date that differs from the number's date part. Changing basic data uses the
 * name, birth date and address fields only.
 */
public record ChildForm(String identityNumber, String givenName, String familyName, String birthDate, String address,
        String servingFrom, String reason, String noNumberReason, String noNumberExplanation, String confirmBirthDate) {

    public static ChildForm empty(String today) {
        return new ChildForm("", "", "", "", "", today, "", "", "", "");
    }

    /** A child with an identity number. */
    public static ChildForm withNumber(String identityNumber, String givenName, String familyName, String birthDate,
            String address, String servingFrom, String reason) {
        return new ChildForm(identityNumber, givenName, familyName, birthDate, address, servingFrom, reason, "", "", "");
    }

    /** A child without an identity number, with the reason there is none (UNBORN, NEWLY_ARRIVED or OTHER). */
    public static ChildForm withoutNumber(String noNumberReason, String noNumberExplanation, String givenName,
            String familyName, String birthDate, String address, String servingFrom, String reason) {
        return new ChildForm("", givenName, familyName, birthDate, address, servingFrom, reason, noNumberReason,
                noNumberExplanation, "");
    }
}
