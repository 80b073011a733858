-- ./laget dataset (issue 14): one row per synthetic nation written into this database, in demo mode or with test
-- data allowed only. The whole data set is written in one transaction with its row, so a row means a complete data
-- set, and a second run with the same size finds it and adds nothing.
create table dataset_run (
    id              bigint generated always as identity primary key,
    children        integer     not null check (children > 0),
    municipalities  integer     not null check (municipalities between 1 and 357),
    written_at      timestamptz not null,
    millis          bigint      not null
);
