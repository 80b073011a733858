package no.laget.child;

/** What an employee types about a guardian. Parental responsibility is "true" or "false" from two radio buttons. */
public record GuardianForm(String name, String identityNumber, String phone, String email,
        String parentalResponsibility) {

    public static GuardianForm empty() {
        return new GuardianForm("", "", "", "", "");
    }
}
