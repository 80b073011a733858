package no.laget.child;

import java.util.List;

import no.laget.child.internal.PersonNameRepository;
import no.laget.support.ChildFixtures;
import no.laget.support.LagetTest;
import no.laget.support.SqlStatementCounter;
import no.laget.support.TestChildren;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a text holds a registered child's or guardian's full name; one indexed statement, no door, no name out. */
@LagetTest
class KnownPersonsTest {

    @Autowired KnownPersons known;
    @Autowired Children children;
    @Autowired ChildFixtures fixtures;
    @Autowired SqlStatementCounter sql;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    private void register(String given, String family, String guardian) {
        var user = fixtures.user("ansatt");
        long child = children.register(user, ChildForm.withoutNumber("NEWLY_ARRIVED", "Nylig flyttet hit", given, family,
                "2017-05-04", "", "2022-08-15", "Går hos oss")).servedChild();
        children.addGuardian(user, child, new GuardianForm(guardian, "", "", "", "true"));
    }

    @Test
    void a_childs_given_and_family_name_are_found_in_any_case_and_order() {
        String family = TestChildren.familyName();
        register("Mikkel", family, "Foresatt " + family);

        assertThat(known.mentionsKnownPerson("Vi drøftet " + "Mikkel " + family + " i dag.")).isTrue();
        assertThat(known.mentionsKnownPerson("vi drøftet mikkel " + family.toLowerCase() + ".")).isTrue();
        assertThat(known.mentionsKnownPerson(family.toUpperCase() + ", MIKKEL har fravær")).isTrue();
        assertThat(known.mentionsKnownPerson(family + " Mikkel")).isTrue();
        assertThat(known.mentionsKnownPerson("Mikkel. " + family + " er bekymret")).as("punctuation between is no way out")
                .isTrue();
    }

    @Test
    void double_given_names_hyphenated_family_names_and_norwegian_letters_are_found() {
        String part = TestChildren.familyName();
        String family = "Øvre-" + part;
        register("Åse Marie", family, "Ærlig Bjørn " + part);

        assertThat(known.mentionsKnownPerson("åse marie øvre-" + part.toLowerCase())).as("whole name").isTrue();
        assertThat(known.mentionsKnownPerson("Marie ØVRE-" + part)).as("second given name").isTrue();
        assertThat(known.mentionsKnownPerson("Åse " + part)).as("one part of the double family name").isTrue();
        assertThat(known.mentionsKnownPerson("Øvre " + part + ", Åse")).as("reordered, space for hyphen").isTrue();
        assertThat(known.mentionsKnownPerson("bjørn " + part.toLowerCase() + " ringte")).as("the guardian").isTrue();
        assertThat(known.mentionsKnownPerson(part + ", Ærlig")).as("the guardian, reordered").isTrue();
    }

    @Test
    void a_guardians_full_name_is_found() {
        String family = TestChildren.familyName();
        register("Kari", family, "Gunnhild " + family);

        assertThat(known.mentionsKnownPerson("Mor, Gunnhild " + family + ", er bekymret")).isTrue();
    }

    @Test
    void a_given_name_or_family_name_alone_or_apart_is_not_a_full_name() {
        String family = TestChildren.familyName();
        register("Mikkel", family, "Gunnhild " + family);

        assertThat(known.mentionsKnownPerson("Mikkel har fravær")).isFalse();
        assertThat(known.mentionsKnownPerson("Familien " + family + " er bekymret")).isFalse();
        assertThat(known.mentionsKnownPerson("Mikkel og faren til " + family)).isFalse();
        assertThat(known.mentionsKnownPerson("En gutt på fire år har mye fravær. Hva gjør vi?")).isFalse();
        assertThat(known.mentionsKnownPerson("")).isFalse();
    }

    @Test
    void the_answer_for_several_texts_is_one_per_text_in_order() {
        String family = TestChildren.familyName();
        register("Mikkel", family, "Gunnhild " + family);

        assertThat(known.mentionKnownPerson(List.of("Rollene", "Om Mikkel " + family, "Rådene")))
                .containsExactly(false, true, false);
    }

    @Test
    void the_check_is_one_statement_whatever_the_number_of_children() {
        String family = TestChildren.familyName();
        register("Mikkel", family, "Gunnhild " + family);
        String text = "Mikkel " + family + " og Kari Fiktivsen og Emma Nordmann";

        sql.reset();
        known.mentionsKnownPerson(text);
        int before = sql.count();
        for (int i = 0; i < 5; i++) {
            register("Mikkel", TestChildren.familyName(), "Kari Nordmann");
        }
        sql.reset();
        boolean found = known.mentionsKnownPerson(text);

        assertThat(found).isTrue();
        assertThat(before).isEqualTo(1);
        assertThat(sql.count()).isEqualTo(before);
    }

    @Test
    void the_lookup_can_use_the_name_indexes() {
        // With sequential scans priced out, the plan shows whether the query's expressions match the indexes of V75.
        String plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain " + PersonNameRepository.LOOKUP)
                    .param("pairs", new String[] {"ola nordmann", "nordmann ringte"})
                    .query(String.class).list());
        });

        assertThat(plan).contains("child_name_pairs_idx").contains("guardian_name_pairs_idx")
                .doesNotContain("Seq Scan");
    }
}
