package no.laget.deadline.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import no.laget.mywork.DeadlineState;
import no.laget.platform.security.SignedInUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/me/deadlines: the same list as "Mine saker og frister", through the same door. A child the user may not
 * see is marked hidden and carries neither id nor name. Each row says which marks it takes ({@code marks});
 * {@code POST .../{id}/mark} marks it done or not relevant, {@code DELETE .../{id}/mark} undoes that.
 */
@RestController
class MyDeadlinesApi {

    private final Deadlines deadlines;
    private final DeadlineLabels labels;

    MyDeadlinesApi(Deadlines deadlines, DeadlineLabels labels) {
        this.deadlines = deadlines;
        this.labels = labels;
    }

    /** One page ({@code page} from 0) of {@link Deadlines#PAGE_SIZE} rows; {@code more}: the next page has rows. */
    @GetMapping("/api/v1/me/deadlines")
    Answer mine(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(name = "page", defaultValue = "0") int page) {
        var mine = deadlines.mine(user, page);
        return new Answer(mine.rows().stream()
                .map(d -> new Row(d.id(), d.kind(), labels.kind(d.kind()), d.dueOn(), d.warnOn(), d.state(),
                        labels.state(d.state()), d.link(), d.childId(), d.childName(), d.childHidden(),
                        marks(d.markable())))
                .toList(), mine.page(), mine.more());
    }

    /** Marks one deadline done or not relevant: {@code {"markAs": "NOT_RELEVANT", "reason": "..."}}. */
    @PostMapping("/api/v1/me/deadlines/{id}/mark")
    Marked mark(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestBody MarkForm form) {
        DeadlineMark mark = deadlines.mark(user, id, form);
        return new Marked(mark.deadlineId(), mark.kind(), mark.dueOn(), mark.markedAs(), mark.reason(),
                mark.markedBy(), mark.markedAt());
    }

    /** Takes a person's mark back: the deadline is open again. */
    @DeleteMapping("/api/v1/me/deadlines/{id}/mark")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undo(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        deadlines.undo(user, id);
    }

    private static List<MarkAs> marks(Markable markable) {
        return Arrays.stream(MarkAs.values()).filter(markable::allows).toList();
    }

    record Answer(List<Row> deadlines, int page, boolean more) {}

    record Row(long id, String kind, String kindLabel, LocalDate dueOn, LocalDate warnOn, DeadlineState state,
            String stateLabel, String link, Long childId, String childName, boolean childHidden, List<MarkAs> marks) {}

    record Marked(long id, String kind, LocalDate dueOn, MarkAs markedAs, String reason, long markedBy,
            OffsetDateTime markedAt) {}
}
