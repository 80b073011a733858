-- The child search's name is the start of the family name or of "given family" (issue 14). text_pattern_ops
-- makes like 'x%' an index range whatever the database's collation, so a name search reads only its matches.
create index child_family_prefix_idx on child (lower(family_name) text_pattern_ops);
create index child_full_name_prefix_idx on child (lower(given_name || ' ' || family_name) text_pattern_ops);
