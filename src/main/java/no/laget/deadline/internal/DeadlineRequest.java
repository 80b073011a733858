package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated duty as a listener states it from the owning module's event. {@code kind} is an upper-case word the owner also gives a label
 * under {@code deadline.kind.<KIND>} in its messages file. The duty rests on one person ({@code employeeId}) or,
 * when that is null, on the whole unit. {@code warnOn} (optional) is the day it starts to show as approaching;
 * {@code link} is the path of the page where the work is done, and must carry no personal data. {@code markable}
 * says whether a person may mark it done or not relevant ({@link Markable#ANY} unless the owner says otherwise).
 */
public record DeadlineRequest(String kind, String sourceType, long sourceId, Long childId, Long unitId,
        Long employeeId, LocalDate dueOn, LocalDate warnOn, String link, Markable markable) {

    /** An ordinary duty: a person may mark it done or not relevant. */
    public DeadlineRequest(String kind, String sourceType, long sourceId, Long childId, Long unitId,
            Long employeeId, LocalDate dueOn, LocalDate warnOn, String link) {
        this(kind, sourceType, sourceId, childId, unitId, employeeId, dueOn, warnOn, link, Markable.ANY);
    }

    public DeadlineRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(markable, "markable");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(link, "link");
        if (unitId == null && employeeId == null) {
            throw new IllegalArgumentException("A deadline rests on a person or a unit");
        }
        if (warnOn != null && warnOn.isAfter(dueOn)) {
            throw new IllegalArgumentException("A warning comes before the deadline");
        }
    }

    /** The same duty with other marking rules (a legal clock: {@link Markable#NONE}). */
    public DeadlineRequest withMarkable(Markable rule) {
        return new DeadlineRequest(kind, sourceType, sourceId, childId, unitId, employeeId, dueOn, warnOn, link, rule);
    }
}
