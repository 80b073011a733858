package no.laget.child.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The names of children and guardians that share a given-name word and a family-name word with a set of words:
 * one statement on the GIN indexes of V75, whatever the number of people. Raw names, so only
 * {@link no.laget.child.KnownPersons} uses it, and it never hands them on.
 */
@Repository
public class PersonNameRepository {

    /** The one statement: four times the same array of lower-case words. Public for the test of its query plan. */
    public static final String LOOKUP = """
            select given_name as given, family_name as family from child
             where person_name_words(family_name) && cast(? as text[])
               and person_name_words(given_name) && cast(? as text[])
            union all
            select guardian_given_names(name), guardian_family_name(name) from guardian
             where person_name_words(guardian_family_name(name)) && cast(? as text[])
               and person_name_words(guardian_given_names(name)) && cast(? as text[])""";

    private final JdbcClient jdbc;

    PersonNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PersonName> sharingWords(Collection<String> words) {
        String[] array = words.toArray(String[]::new);
        return jdbc.sql(LOOKUP).params(array, array, array, array)
                .query((rs, row) -> PersonName.of(rs.getString("given"), rs.getString("family")))
                .list();
    }
}
