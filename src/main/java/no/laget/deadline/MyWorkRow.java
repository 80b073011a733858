package no.laget.deadline;

import java.time.LocalDate;

/**
 * One row of a {@link MyWorkSection}, as shown. {@code what} and {@code status} are text (the section resolves its
 * own messages); {@code status} must say in words what a colour would say. {@code child} is the name, the text for
 * a hidden child, or null when no child is involved; {@code date} may be null. {@code statusColor} is a
 * Designsystemet colour name (neutral, info, warning, danger, success) and only repeats the text.
 */
public record MyWorkRow(String what, String child, LocalDate date, String status, String statusColor, String link) {}
