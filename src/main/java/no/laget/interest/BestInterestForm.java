package no.laget.interest;

/**
 * The note as typed, all strings, nested in each form that needs it (page fields {@code <prefix>.childHeard}, ...; a
 * JSON object in the API). {@code childHeard} is {@code YES} or {@code NO}.
 */
public record BestInterestForm(String childHeard, String childViews, String howHeard, String notHeardReason,
        String weighing, String alternatives, String conclusion) {

    public static BestInterestForm empty() {
        return new BestInterestForm(null, "", "", "", "", "", "");
    }

    /** Null (a form without the note's fields) reads as an empty note. */
    public static BestInterestForm orEmpty(BestInterestForm form) {
        return form == null ? empty() : form;
    }

    public boolean blank() {
        return isBlank(childHeard) && isBlank(childViews) && isBlank(howHeard) && isBlank(notHeardReason)
                && isBlank(weighing) && isBlank(alternatives) && isBlank(conclusion);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "BestInterestForm"; // free text never in a log line
    }
}
