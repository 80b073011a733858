package no.laget.child.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names of children and guardians that stand in a text (the rule of {@link PersonName}): one statement on the
 * GIN indexes of V75 over each name's word pairs, whatever the number of people, returning only the people whose
 * name is in the text. Raw names, so only {@link no.laget.child.KnownPersons} uses it, and it never hands them on.
 */
@Repository
public class PersonNameRepository {

    /** The one statement. Public for the test of its query plan. */
    public static final String LOOKUP = """
            select given_name as given, family_name as family from child
             where person_name_pairs(given_name, family_name) && cast(:pairs as text[])
            union all
            select guardian_given_names(name), guardian_family_name(name) from guardian
             where person_name_pairs(guardian_given_names(name), guardian_family_name(name)) && cast(:pairs as text[])""";

    private final JdbcClient jdbc;

    PersonNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The people one of whose name pairs is among the text's adjacent word pairs ({@link PersonNameWords}). */
    public List<PersonName> standingIn(Collection<String> adjacentPairs) {
        return jdbc.sql(LOOKUP)
                .param("pairs", adjacentPairs.toArray(String[]::new))
                .query((rs, row) -> PersonName.of(rs.getString("given"), rs.getString("family")))
                .list();
    }
}
