-- The transition at 18 (DOMAIN.md rules 30-31): child welfare records that a young person has measures, starts the
-- transition with the young person's written consent, and holds a joint plan with NAV until the measures end
-- (aftercare up to the 25th birthday). Everything here is CHILD_WELFARE information about the child: read and
-- written through the access door.
create table nav_child_welfare_measure (
    id           bigint generated always as identity primary key,
    child_id     bigint       not null references child (id),
    unit_id      bigint       not null references unit (id),
    description  varchar(200) not null,
    starts_on    date         not null,
    ends_on      date,
    recorded_by  bigint       not null references employee (id),
    recorded_at  timestamptz  not null,
    check (ends_on is null or ends_on >= starts_on)
);
create index nav_child_welfare_measure_child_idx on nav_child_welfare_measure (child_id, unit_id);
create index nav_child_welfare_measure_unit_idx on nav_child_welfare_measure (unit_id, child_id);

create table nav_transition (
    id                      bigint generated always as identity primary key,
    child_id                bigint        not null references child (id),
    child_welfare_unit_id   bigint        not null references unit (id),
    nav_unit_id             bigint        not null references unit (id),
    consent_id              bigint        not null references consent (id),
    started_on              date          not null,
    started_by              bigint        not null references employee (id),
    meeting_on              date,
    meeting_participants    varchar(1000),
    goals                   text,
    individual_plan_due     boolean,
    individual_plan_reason  varchar(1000),
    follow_up_until         date,
    updated_at              timestamptz   not null,
    unique (child_id, child_welfare_unit_id)
);
create index nav_transition_nav_idx on nav_transition (nav_unit_id);

create table nav_transition_measure (
    id             bigint generated always as identity primary key,
    transition_id  bigint       not null references nav_transition (id),
    description    varchar(500) not null,
    responsible    varchar(200) not null,
    time_limit     date         not null,
    evaluation_on  date         not null,
    created_at     timestamptz  not null
);
create index nav_transition_measure_idx on nav_transition_measure (transition_id);
