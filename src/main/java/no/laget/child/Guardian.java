package no.laget.child;

/** Someone who cares for the child; parental responsibility decides who consents (docs/domain.md rule 17). */
public record Guardian(long id, long childId, String name, String identityNumber, String phone, String email,
        boolean parentalResponsibility) {

    @Override
    public String toString() {
        return "Guardian[" + id + "]";
    }
}
