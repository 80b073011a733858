package no.laget.deadline.internal;

import java.util.List;

import no.laget.mywork.MyWorkRow;
import no.laget.mywork.MyWorkSection;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Component;

/** The deadlines on "Mine saker og frister": the first section. */
@Component
class DeadlineSection implements MyWorkSection {

    private final Deadlines deadlines;
    private final DeadlineLabels labels;

    DeadlineSection(Deadlines deadlines, DeadlineLabels labels) {
        this.deadlines = deadlines;
        this.labels = labels;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "my-work.deadlines";
    }

    @Override
    public String emptyKey() {
        return "my-work.deadlines.none";
    }

    @Override
    public List<MyWorkRow> rows(SignedInUser user) {
        return deadlines.mine(user).rows().stream()
                .map(d -> new MyWorkRow(labels.kind(d.kind()), labels.child(d), d.dueOn(), labels.state(d.state()),
                        DeadlineLabels.color(d.state()), d.link(),
                        d.markable() == Markable.NONE ? null : MyWorkPages.markPath(d.id())))
                .toList();
    }
}
