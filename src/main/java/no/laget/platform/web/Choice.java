package no.laget.platform.web;

/**
 * One option of a group of radio buttons or checkboxes (the {@code choices} fragment in
 * templates/fragments/form.html): its value, and its label as a message key or as ready text (a unit's name).
 */
public record Choice(String value, String labelKey, String labelText) {

    public static Choice ofKey(String value, String labelKey) {
        return new Choice(value, labelKey, null);
    }

    public static Choice ofText(String value, String labelText) {
        return new Choice(value, null, labelText);
    }
}
