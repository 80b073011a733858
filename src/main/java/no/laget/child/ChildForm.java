package no.laget.child;

/** What an employee types to register a child. Dates as typed: yyyy-mm-dd from the date field, or 31.12.2019. */
public record ChildForm(String identityNumber, String givenName, String familyName, String birthDate, String address,
        String servingFrom) {

    public static ChildForm empty(String today) {
        return new ChildForm("", "", "", "", "", today);
    }
}
