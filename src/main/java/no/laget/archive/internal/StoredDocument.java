package no.laget.archive.internal;

/** An archived document's bytes exactly as stored, with the name it is downloaded under (no names, only numbers). */
public record StoredDocument(long recordId, String fileName, byte[] content, String sha256) {

    @Override
    public String toString() {
        return "StoredDocument[" + recordId + "]";
    }
}
