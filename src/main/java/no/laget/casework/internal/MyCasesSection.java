package no.laget.casework.internal;

import java.util.List;

import no.laget.mywork.MyWorkRow;
import no.laget.mywork.MyWorkSection;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Component;

/** "Mine saker" on "Mine saker og frister": cases I hold, hand-overs offered to me, my concerns awaiting a decision. */
@Component
class MyCasesSection implements MyWorkSection {

    private final MyCasework casework;

    MyCasesSection(MyCasework casework) {
        this.casework = casework;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "my-work.cases";
    }

    @Override
    public String emptyKey() {
        return "my-work.cases.none";
    }

    @Override
    public List<MyWorkRow> rows(SignedInUser user) {
        return casework.cases(user);
    }
}
