-- Children and guardians. Personal data columns are few and named; free text counts as personal data.
create table child (
    id                      bigint generated always as identity primary key,
    identity_number         char(11),
    given_name              varchar(100) not null,
    family_name             varchar(100) not null,
    -- stored on its own: age is never computed from the identity number
    birth_date              date,
    address                 varchar(200),
    child_welfare_has_care  boolean      not null default false,
    registered_by_unit_id   bigint       not null references unit (id),
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create unique index child_identity_number_key on child (identity_number) where identity_number is not null;
create index child_name_idx on child (lower(family_name), lower(given_name));
create index child_birth_date_idx on child (birth_date);

create table guardian (
    id                       bigint generated always as identity primary key,
    child_id                 bigint       not null references child (id),
    name                     varchar(200) not null,
    identity_number          char(11),
    phone                    varchar(30),
    email                    varchar(254),
    parental_responsibility  boolean      not null,
    created_at               timestamptz  not null
);
create index guardian_child_idx on guardian (child_id);

-- Which units serve the child, and when (a pupil at Gimle skole from August 2024).
create table child_unit (
    id         bigint generated always as identity primary key,
    child_id   bigint not null references child (id),
    unit_id    bigint not null references unit (id),
    from_date  date   not null,
    to_date    date,
    check (to_date is null or to_date >= from_date)
);
create index child_unit_child_idx on child_unit (child_id, unit_id);
create index child_unit_unit_idx on child_unit (unit_id, child_id);
