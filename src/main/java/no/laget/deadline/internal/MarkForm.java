package no.laget.deadline.internal;

/** The mark as typed on the page or sent to the API: {@code markAs} is DONE or NOT_RELEVANT, {@code reason} free text. */
public record MarkForm(String markAs, String reason) {

    public static MarkForm empty() {
        return new MarkForm(null, "");
    }
}
