package no.laget.deadline.internal;

import java.time.LocalDate;
import java.util.List;

import no.laget.deadline.DeadlineState;
import no.laget.deadline.Deadlines;
import no.laget.platform.security.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/me/deadlines: the same list as "Mine saker og frister", through the same door. A child the user may not
 * see is marked hidden and carries neither id nor name.
 */
@RestController
class MyDeadlinesApi {

    private final Deadlines deadlines;
    private final DeadlineLabels labels;

    MyDeadlinesApi(Deadlines deadlines, DeadlineLabels labels) {
        this.deadlines = deadlines;
        this.labels = labels;
    }

    @GetMapping("/api/v1/me/deadlines")
    Answer mine(@AuthenticationPrincipal SignedInUser user) {
        var mine = deadlines.mine(user);
        return new Answer(mine.rows().stream()
                .map(d -> new Row(d.id(), d.kind(), labels.kind(d.kind()), d.dueOn(), d.warnOn(), d.state(),
                        labels.state(d.state()), d.link(), d.childId(), d.childName(), d.childHidden()))
                .toList(), mine.more());
    }

    record Answer(List<Row> deadlines, boolean more) {}

    record Row(long id, String kind, String kindLabel, LocalDate dueOn, LocalDate warnOn, DeadlineState state,
            String stateLabel, String link, Long childId, String childName, boolean childHidden) {}
}
