-- Registering a child never reveals whether Laget knew it (issue 10, item 3). Every registration keeps what the
-- employee typed, under an opaque reference: that receipt is all the registering unit sees until it serves the child.
create table child_registration (
    id                     bigint generated always as identity primary key,
    reference              varchar(32)   not null unique,
    child_id               bigint        not null references child (id),
    unit_id                bigint        not null references unit (id),
    employee_id            bigint        not null references employee (id),
    registered_at          timestamptz   not null,
    identity_number        char(11),
    -- a child without a number (unborn, newly arrived) is registered with a reason and never matched by number
    no_number_reason       varchar(20)   check (no_number_reason in ('UNBORN', 'NEWLY_ARRIVED', 'OTHER')),
    no_number_explanation  varchar(500),
    given_name             varchar(100)  not null,
    family_name            varchar(100)  not null,
    birth_date             date,
    -- the employee confirmed a birth date that differs from the number's date part (docs/domain.md rule 39)
    birth_date_confirmed   boolean       not null,
    address                varchar(200),
    serving_from           date          not null,
    reason                 varchar(1000) not null,
    check ((identity_number is null) = (no_number_reason is not null)),
    check ((no_number_reason is null) = (no_number_explanation is null))
);
create index child_registration_unit_idx on child_registration (unit_id, registered_at);

-- A unit that registers a child another unit registered first claims to serve it. The claim is a decision:
-- who, when, why; the unit's leader accepts (then, and only then, a child_unit row exists) or declines.
create table serving_claim (
    id               bigint generated always as identity primary key,
    registration_id  bigint        not null unique references child_registration (id),
    child_id         bigint        not null references child (id),
    unit_id          bigint        not null references unit (id),
    claimed_by       bigint        not null references employee (id),
    claimed_at       timestamptz   not null,
    reason           varchar(1000) not null,
    serving_from     date          not null,
    status           varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    reviewed_by      bigint        references employee (id),
    reviewed_at      timestamptz,
    check ((status = 'PENDING') = (reviewed_by is null)),
    check ((status = 'PENDING') = (reviewed_at is null))
);
create index serving_claim_unit_idx on serving_claim (unit_id, status, claimed_at);
create index serving_claim_child_idx on serving_claim (child_id, claimed_at);

-- What one service recorded reaches another only by consent: contact details remember who recorded them.
-- Rows from before this migration are credited to the unit that registered the child (the best guess there is).
alter table guardian add column recorded_by_unit_id bigint references unit (id);
update guardian g set recorded_by_unit_id = c.registered_by_unit_id from child c where c.id = g.child_id;
alter table guardian alter column recorded_by_unit_id set not null;

alter table child add column address_unit_id bigint references unit (id);
update child set address_unit_id = registered_by_unit_id where address is not null;
alter table child add constraint child_address_unit_check check (address is null or address_unit_id is not null);
