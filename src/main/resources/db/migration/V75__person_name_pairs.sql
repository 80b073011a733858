-- Children's and guardians' names looked up by word pair, for one question only: does a text (an anonymous
-- discussion) hold the given and family name of a person registered in Laget? A name stands in a text when one of
-- its given names and one word of its family name stand next to each other, in either order ("Ola Hansen",
-- "Hansen, Ola", "Ola Berg" for Ola Berg-Hansen). Each person's name is indexed as all such pairs, and the lookup
-- sends the text's adjacent word pairs (lower case): one exact, GIN-indexed statement, so it stays fast with
-- 200,000 children and their guardians and returns only the people whose name is in the text.

-- The words of a name in lower case: split on white space and punctuation, so that "Anne-Lise" is {anne, lise}
-- and "O'Neill" is {o, neill}, the same words Java makes of a text. lower() follows the database's locale and
-- under the C locale leaves non-ASCII letters alone, so the Norwegian capitals are folded explicitly.
create function person_name_words(name text) returns text[]
    language sql immutable strict parallel safe
    as $$ select regexp_split_to_array(translate(lower(btrim(name)), 'ÆØÅ', 'æøå'), '[[:space:][:punct:]’]+') $$;

-- Every "given family" and "family given" pair of a name's words. Building an index runs with a search path of
-- pg_catalog only (PostgreSQL 17), so the function keeps the schema it was created in to find person_name_words.
create function person_name_pairs(given text, family text) returns text[]
    language sql immutable strict parallel safe
    set search_path from current
    as $$ select coalesce(array_agg(pair), '{}')
            from (select g || ' ' || f as pair from unnest(person_name_words(given)) g, unnest(person_name_words(family)) f
                   where g <> '' and f <> ''
                  union
                  select f || ' ' || g from unnest(person_name_words(given)) g, unnest(person_name_words(family)) f
                   where g <> '' and f <> '') pairs $$;

-- A guardian's name is one field ("Kari Nordmann", "Ola Johan Berg-Hansen"): the last word is read as the family
-- name and the rest as the given names. The pairs go both ways, so "Nordmann, Kari" is found too.
create function guardian_family_name(name text) returns text
    language sql immutable strict parallel safe
    as $$ select coalesce(substring(btrim(name) from '[^[:space:]]+$'), '') $$;

create function guardian_given_names(name text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(btrim(name), '[[:space:]]*[^[:space:]]+$', '') $$;

create index child_name_pairs_idx on child using gin (person_name_pairs(given_name, family_name));
create index guardian_name_pairs_idx on guardian
    using gin (person_name_pairs(guardian_given_names(name), guardian_family_name(name)));
