package no.laget.access;

/** What was looked at or changed, for the access log: a type word and, where there is one, its id. */
public record AccessedObject(String type, Long id) {

    public static AccessedObject of(String type, Long id) {
        return new AccessedObject(type, id);
    }

    public static AccessedObject of(String type) {
        return new AccessedObject(type, null);
    }
}
