-- The measures catalogue (tiltaksoversikt): what the municipality and volunteers offer children, young
-- people and families. Public data: no personal data belongs here, contacts are functional.
create table measure (
    id                 bigint generated always as identity primary key,
    name               varchar(120)  not null,
    description        varchar(2000) not null,
    -- provided by one of the municipality's units, or by an outside organisation named in clear
    provider_unit_id   bigint        references unit (id),
    provider_name      varchar(120),
    prevention_level   varchar(20)   not null check (prevention_level in ('UNIVERSAL', 'SELECTIVE', 'INDICATED')),
    age_from           smallint      not null check (age_from between 0 and 25),
    age_to             smallint      not null check (age_to between 0 and 25),
    topics             text[]        not null check (cardinality(topics) > 0),
    free               boolean       not null,
    access             varchar(20)   not null check (access in ('SELF_REFERRAL', 'REFERRAL')),
    contact            varchar(500)  not null,
    accessibility      varchar(1000),
    active             boolean       not null default true,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    check (age_from <= age_to),
    check ((provider_unit_id is null) <> (provider_name is null))
);
create index measure_provider_unit_idx on measure (provider_unit_id);
create index measure_topics_idx on measure using gin (topics);

-- A CSV import. Its state lives here, not in memory, so any node can show its progress.
create table catalogue_import (
    id            bigint generated always as identity primary key,
    mode          varchar(20)  not null check (mode in ('GOOD_ROWS', 'ALL_OR_NOTHING')),
    status        varchar(20)  not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    rows_total    integer      not null,
    rows_done     integer      not null default 0,
    rows_stored   integer      not null default 0,
    rows_refused  integer      not null default 0,
    content       text,
    started_by    bigint       not null references employee (id),
    started_at    timestamptz  not null,
    finished_at   timestamptz
);

-- Why a row was refused: the spreadsheet row (the header is row 1), the column and a message key.
create table catalogue_import_problem (
    import_id    bigint       not null references catalogue_import (id),
    row_number   integer      not null,
    column_name  varchar(40)  not null,
    message_key  varchar(100) not null
);
create index catalogue_import_problem_idx on catalogue_import_problem (import_id, row_number);
