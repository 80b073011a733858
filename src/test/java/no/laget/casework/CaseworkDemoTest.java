package no.laget.casework;

import no.laget.casework.internal.CaseSummary;
import no.laget.casework.internal.ConcernSummary;
import no.laget.casework.internal.Concerns;

import no.laget.casework.internal.AnonymousDiscussions;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo employees find concerns and cases at every level. */
@LagetTest
class CaseworkDemoTest {

    @Autowired Cases cases;
    @Autowired Concerns concerns;
    @Autowired AnonymousDiscussions discussions;
    @Autowired ChildFixtures fixtures;

    @Test
    void demo_users_see_work_at_every_level() {
        assertThat(concerns.forUnit(fixtures.user("ansatt"), null)).extracting(ConcernSummary::childName)
                .contains("Oskar Påfunnsen", "Ella Tenktsen", "Liam Fantasisen");
        assertThat(concerns.forUnit(fixtures.user("leder"), null)).extracting(ConcernSummary::suspicionOfHarm).contains(true);
        assertThat(cases.forUnit(fixtures.user("ansatt"))).extracting(CaseSummary::childName, CaseSummary::level)
                .contains(org.assertj.core.groups.Tuple.tuple("Liam Fantasisen", 1));
        assertThat(cases.forUnit(fixtures.user("laerer"))).extracting(CaseSummary::childName, CaseSummary::level)
                .contains(org.assertj.core.groups.Tuple.tuple("Nora Innbilt", 2), org.assertj.core.groups.Tuple.tuple("Jakob Drømmesen", 3));
        assertThat(cases.forUnit(fixtures.user("helsesykepleier"))).extracting(CaseSummary::childName)
                .contains("Nora Innbilt", "Jakob Drømmesen");
        assertThat(cases.forUnit(fixtures.user("ppt"))).filteredOn(CaseSummary::handoverToMe)
                .extracting(CaseSummary::childName).contains("Jakob Drømmesen");
        assertThat(discussions.forUnit(fixtures.user("leder"))).isNotEmpty();
    }
}
