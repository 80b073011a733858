package no.laget.mywork;

import java.time.LocalDate;

/**
 * One row of a {@link MyWorkSection}, as shown. {@code what} and {@code status} are text (the section resolves its
 * own messages); {@code status} must say in words what a colour would say. {@code child} is the name, the text for
 * a hidden child, or null when no child is involved; {@code date} may be null. {@code statusColor} is a
 * Designsystemet colour name (neutral, info, warning, danger, success) and only repeats the text. {@code markLink}
 * (may be null) is the page where the row can be marked done or not relevant.
 */
public record MyWorkRow(String what, String child, LocalDate date, String status, String statusColor, String link,
        String markLink) {

    /** A row with nothing to mark. */
    public MyWorkRow(String what, String child, LocalDate date, String status, String statusColor, String link) {
        this(what, child, date, status, statusColor, link, null);
    }
}
