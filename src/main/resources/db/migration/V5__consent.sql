-- Consent as grants: information categories x receiving units or unit types x purpose x period
-- (DOMAIN.md rule 12). A refusal is a consent row with refused = true and the grants that were refused.
create table consent (
    id                   bigint generated always as identity primary key,
    child_id             bigint       not null references child (id),
    given_by             varchar(20)  not null check (given_by in ('GUARDIANS', 'YOUNG_PERSON', 'CHILD_WELFARE')),
    form                 varchar(10)  not null check (form in ('WRITTEN', 'ORAL', 'DIGITAL')),
    child_view           text,
    purpose              varchar(500) not null,
    valid_from           date         not null,
    valid_to             date         not null,
    refused              boolean      not null default false,
    recorded_by          bigint       not null references employee (id),
    recorded_by_unit_id  bigint       not null references unit (id),
    recorded_at          timestamptz  not null,
    withdrawn_at         timestamptz,
    withdrawn_by_name    varchar(200),
    withdrawal_recorded_by bigint     references employee (id),
    check (valid_to >= valid_from)
);
create index consent_child_idx on consent (child_id);

-- The guardians who gave (or refused) it, when given by the guardians.
create table consent_guardian (
    consent_id   bigint not null references consent (id),
    guardian_id  bigint not null references guardian (id),
    primary key (consent_id, guardian_id)
);

create table consent_grant (
    id                   bigint generated always as identity primary key,
    consent_id           bigint      not null references consent (id),
    category             varchar(30) not null,
    receiver_unit_id     bigint      references unit (id),
    receiver_unit_type   varchar(30),
    withdrawn_at         timestamptz,
    withdrawn_by_name    varchar(200),
    withdrawal_recorded_by bigint    references employee (id),
    check ((receiver_unit_id is null) <> (receiver_unit_type is null))
);
create index consent_grant_consent_idx on consent_grant (consent_id);
