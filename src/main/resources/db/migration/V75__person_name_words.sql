-- Children's and guardians' names looked up by word, for one question only: does a text (an anonymous
-- discussion) hold the given and family name of a person registered in Laget? The lookup sends the text's words
-- (lower case) and asks for the people with a given-name word AND a family-name word among them; Java then
-- checks that the two stand next to each other. Both halves are GIN-indexed, so the lookup stays one indexed
-- statement with 200,000 children and their guardians.

-- The words of a name in lower case: split on white space and punctuation, so that "Anne-Lise" is {anne, lise}
-- and "O'Neill" is {o, neill}, the same words Java makes of a text. lower() follows the database's locale and
-- under the C locale leaves non-ASCII letters alone, so the Norwegian capitals are folded explicitly.
create function person_name_words(name text) returns text[]
    language sql immutable strict parallel safe
    as $$ select regexp_split_to_array(translate(lower(btrim(name)), 'ÆØÅ', 'æøå'), '[[:space:][:punct:]’]+') $$;

-- A guardian's name is one field ("Kari Nordmann", "Ola Johan Berg-Hansen"): the last word is read as the family
-- name and the rest as the given names. Java checks the two in both orders, so "Nordmann, Kari" is found too.
create function guardian_family_name(name text) returns text
    language sql immutable strict parallel safe
    as $$ select coalesce(substring(btrim(name) from '[^[:space:]]+$'), '') $$;

create function guardian_given_names(name text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(btrim(name), '[[:space:]]*[^[:space:]]+$', '') $$;

create index child_given_words_idx on child using gin (person_name_words(given_name));
create index child_family_words_idx on child using gin (person_name_words(family_name));
create index guardian_given_words_idx on guardian using gin (person_name_words(guardian_given_names(name)));
create index guardian_family_words_idx on guardian using gin (person_name_words(guardian_family_name(name)));
