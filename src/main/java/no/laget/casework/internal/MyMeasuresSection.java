package no.laget.casework.internal;

import java.util.List;

import no.laget.mywork.MyWorkRow;
import no.laget.mywork.MyWorkSection;
import no.laget.platform.security.SignedInUser;

import org.springframework.stereotype.Component;

/** "Mine tiltak" on "Mine saker og frister": measures of open cases that rest on me or, without a person, my unit. */
@Component
class MyMeasuresSection implements MyWorkSection {

    private final MyCasework casework;

    MyMeasuresSection(MyCasework casework) {
        this.casework = casework;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String titleKey() {
        return "my-work.measures";
    }

    @Override
    public String emptyKey() {
        return "my-work.measures.none";
    }

    @Override
    public List<MyWorkRow> rows(SignedInUser user) {
        return casework.measures(user);
    }
}
