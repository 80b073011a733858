package no.laget.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import no.laget.access.AccessDoor;
import no.laget.access.Action;
import no.laget.access.InformationCategory;
import no.laget.access.ListedChild;
import no.laget.mywork.DeadlineState;
import no.laget.mywork.MyWorkRow;
import no.laget.platform.security.SignedInUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The user's cases, hand-overs, concerns and measures as rows of "Mine saker og frister". Relay-log data, so the
 * rows pass the door as RELAY_LOG read: a case whose consent was withdrawn leaves the list with its child's name.
 * Each section is one statement plus the log's batch.
 */
@Component
class MyCasework {

    static final int LIST_LIMIT = 200;
    private static final int WHAT_LENGTH = 120;
    private static final Locale BOKMAAL = Locale.forLanguageTag("nb-NO");

    private final MyCaseworkRepository repository;
    private final AccessDoor door;
    private final MessageSource messages;
    private final Clock clock;

    MyCasework(MyCaseworkRepository repository, AccessDoor door, MessageSource messages, Clock clock) {
        this.repository = repository;
        this.door = door;
        this.messages = messages;
        this.clock = clock;
    }

    List<MyWorkRow> cases(SignedInUser user) {
        if (!user.worksWithChildren()) {
            return List.of();
        }
        LocalDate today = DeadlineState.today(clock);
        List<MyCaseworkRepository.CaseRow> rows = repository.cases(
                door.filter(user, InformationCategory.RELAY_LOG, Action.READ), user.employeeId(), user.unitId(), today,
                LIST_LIMIT);
        record(user, rows, MyCaseworkRepository.CaseRow::listed, "my_cases");
        return rows.stream().map(row -> switch (row.kind()) {
            case HOLDER -> {
                boolean overdue = row.date() != null && row.date().isBefore(today);
                yield new MyWorkRow(text("my-work.case.holder", row.level()), row.childName(), row.date(),
                        text(overdue ? "my-work.case.holder.overdue" : "my-work.case.holder.status"),
                        overdue ? "danger" : "info", "/cases/" + row.id());
            }
            case OFFERED -> new MyWorkRow(text("my-work.case.offered", row.level()), row.childName(), row.date(),
                    text("my-work.case.offered.status"), "warning", "/cases/" + row.id());
            case CONCERN -> {
                DeadlineState state = row.date() == null ? DeadlineState.UPCOMING
                        : DeadlineState.of(row.date(), row.warnOn(), false, today);
                yield new MyWorkRow(text("my-work.concern"), row.childName(), row.date(), text(state.labelKey()),
                        color(state), "/concerns/" + row.id());
            }
        }).toList();
    }

    List<MyWorkRow> measures(SignedInUser user) {
        if (!user.worksWithChildren()) {
            return List.of();
        }
        LocalDate today = DeadlineState.today(clock);
        List<MyCaseworkRepository.MeasureRow> rows = repository.measures(
                door.filter(user, InformationCategory.RELAY_LOG, Action.READ), user.employeeId(), user.unitId(), today,
                LIST_LIMIT);
        record(user, rows, MyCaseworkRepository.MeasureRow::listed, "my_measures");
        return rows.stream().map(row -> {
            DeadlineState state = DeadlineState.of(row.dueOn(), row.warnOn(), false, today);
            return new MyWorkRow(shorten(row.what()), row.childName(), row.dueOn(), text(state.labelKey()),
                    color(state), "/cases/" + row.caseId());
        }).toList();
    }

    /** Each child shown is logged once, in one batch. */
    private <T> void record(SignedInUser user, Collection<T> rows, Function<T, ListedChild> listed, String objectType) {
        Map<Long, ListedChild> children = new LinkedHashMap<>();
        rows.stream().map(listed).forEach(child -> children.putIfAbsent(child.childId(), child));
        if (!children.isEmpty()) {
            door.recordListed(user, InformationCategory.RELAY_LOG, children.values(), objectType);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, BOKMAAL);
    }

    private static String shorten(String what) {
        String line = what.strip().replaceAll("\\s+", " ");
        return line.length() <= WHAT_LENGTH ? line : line.substring(0, WHAT_LENGTH - 1).stripTrailing() + "…";
    }

    /** The same colours as the deadline list; they only repeat the words. */
    static String color(DeadlineState state) {
        return switch (state) {
            case OVERDUE -> "danger";
            case DUE, WARNED -> "warning";
            case UPCOMING -> "info";
            case DONE -> "success";
        };
    }
}
