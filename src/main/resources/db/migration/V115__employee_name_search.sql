-- Pickers search people by name (issue 16, "People, not lists"): the start of the whole name ("kari n") or of the
-- last word ("nordm"), among active employees only. The name is lower-cased and Æ, Ø, Å folded explicitly, since
-- lower() under a C locale leaves them alone; the search folds what is typed the same way. text_pattern_ops makes
-- like 'x%' an index range whatever the collation.
create index employee_name_prefix_idx on employee (translate(lower(display_name), 'ÆØÅ', 'æøå') text_pattern_ops)
    where active;
create index employee_last_name_prefix_idx
    on employee (translate(lower(regexp_replace(display_name, '^.*\s', '')), 'ÆØÅ', 'æøå') text_pattern_ops)
    where active;
