-- The emergency help card (kronekort): child welfare spends up to a limit per emergency on NAV's behalf, tells NAV,
-- and NAV decides afterwards. The recipient is a reference without an identity number (a case number both services
-- know), not a child in Laget: the help is economic assistance to a household, which is NAV's case, not the child's.
create table nav_emergency_card (
    id                     bigint generated always as identity primary key,
    name                   varchar(100) not null,
    child_welfare_unit_id  bigint       not null references unit (id),
    nav_unit_id            bigint       not null references unit (id),
    created_at             timestamptz  not null,
    unique (child_welfare_unit_id, nav_unit_id)
);

create table nav_emergency_use (
    id                    bigint generated always as identity primary key,
    card_id               bigint        not null references nav_emergency_card (id),
    used_on               date          not null,
    recipient_ref         varchar(100)  not null,
    purpose               varchar(500)  not null,
    amount                numeric(10,2) not null check (amount > 0),
    receipt_ref           varchar(100)  not null,
    nav_informed_on       date,
    recorded_by           bigint        not null references employee (id),
    recorded_at           timestamptz   not null,
    decision              varchar(10)   check (decision in ('APPROVED', 'REJECTED')),
    decided_on            date,
    decision_note         varchar(500),
    decided_by            bigint        references employee (id),
    decision_recorded_at  timestamptz,
    check ((decision is null) = (decided_on is null)),
    check (decided_on is null or decided_on >= used_on),
    check (nav_informed_on is null or nav_informed_on >= used_on)
);
create index nav_emergency_use_card_idx on nav_emergency_use (card_id, used_on desc);

create table nav_emergency_topup (
    id            bigint generated always as identity primary key,
    card_id       bigint        not null references nav_emergency_card (id),
    topped_up_on  date          not null,
    amount        numeric(10,2) not null check (amount > 0),
    note          varchar(200),
    recorded_by   bigint        not null references employee (id),
    recorded_at   timestamptz   not null
);
create index nav_emergency_topup_card_idx on nav_emergency_topup (card_id);
