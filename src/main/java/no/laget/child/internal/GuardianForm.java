package no.laget.child.internal;

/** What an employee types about a guardian. Parental responsibility is "true" or "false" from two radio buttons. */
public record GuardianForm(String name, String identityNumber, String phone, String email,
        String parentalResponsibility) {

    static GuardianForm empty() {
        return new GuardianForm("", "", "", "", "");
    }
}
