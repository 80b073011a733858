-- A service asks the family for consent in Laget (issue 12): the request with the grants it asks for, and each family
-- member's answer (all, part, or no) with the assurance level of their ID-porten login. When everyone who must answer
-- has (docs/domain.md rule 17), the consent or the refusal is recorded in consent (form DIGITAL) and the request
-- points to it.
create table consent_request (
    id                    bigint generated always as identity primary key,
    child_id              bigint       not null references child (id),
    given_by              varchar(20)  not null check (given_by in ('GUARDIANS', 'YOUNG_PERSON')),
    purpose               varchar(500) not null,
    valid_from            date         not null,
    valid_to              date         not null,
    requested_by          bigint       not null references employee (id),
    requested_by_unit_id  bigint       not null references unit (id),
    requested_at          timestamptz  not null,
    consent_id            bigint       references consent (id),
    decided_at            timestamptz,
    check (valid_to >= valid_from),
    check ((consent_id is null) = (decided_at is null))
);
create index consent_request_child_idx on consent_request (child_id);

create table consent_request_grant (
    id                   bigint generated always as identity primary key,
    request_id           bigint      not null references consent_request (id),
    category             varchar(30) not null,
    receiver_unit_id     bigint      references unit (id),
    receiver_unit_type   varchar(30),
    check ((receiver_unit_id is null) <> (receiver_unit_type is null))
);
create index consent_request_grant_request_idx on consent_request_grant (request_id);

-- One answer per family member and request. guardian_id names the guardian row the member answered as (null for the
-- young person). The granted grants of a "yes" or a "partly" are in consent_answer_grant.
create table consent_answer (
    id                 bigint generated always as identity primary key,
    request_id         bigint        not null references consent_request (id),
    family_member_id   bigint        not null references family_member (id),
    guardian_id        bigint        references guardian (id),
    answer             varchar(10)   not null check (answer in ('ALL', 'PART', 'REFUSE')),
    comment            varchar(1000),
    assurance          varchar(100)  not null,
    answered_at        timestamptz   not null,
    unique (request_id, family_member_id)
);

create table consent_answer_grant (
    answer_id          bigint not null references consent_answer (id),
    request_grant_id   bigint not null references consent_request_grant (id),
    primary key (answer_id, request_grant_id)
);

-- A consent given digitally carries the assurance level of the login(s) it was given with; a withdrawal made by the
-- family through its door names the family member instead of an employee who recorded it.
alter table consent add column digital_assurance varchar(100);
alter table consent add column withdrawn_by_family_member_id bigint references family_member (id);
alter table consent_grant add column withdrawn_by_family_member_id bigint references family_member (id);
