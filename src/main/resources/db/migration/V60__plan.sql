-- Plan follow-up (issue 6): a municipal plan (kommunedelplan) with its development areas
-- (utviklingsområder), goals for the end of the plan ("slik vil vi ha det"), strategies, actions
-- ("slik gjør vi det") with owner, period and status, and target figures linked to official indicators.
-- No personal data: owners are units, and the status history names the employee who recorded it by id.
create table plan (
    id          bigint generated always as identity primary key,
    name        varchar(200) not null,
    from_year   smallint     not null,
    to_year     smallint     not null,
    created_at  timestamptz  not null,
    check (from_year <= to_year)
);

create table plan_strategy (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references plan (id),
    position     smallint      not null,
    title        varchar(300)  not null,
    description  varchar(4000),
    unique (plan_id, position)
);

create table plan_area (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references plan (id),
    position     smallint      not null,
    title        varchar(300)  not null,
    description  varchar(4000),
    unique (plan_id, position)
);

-- "Slik vil vi ha det i 2032": what the area should look like when the plan ends.
create table plan_goal (
    id        bigint generated always as identity primary key,
    area_id   bigint        not null references plan_area (id),
    position  smallint      not null,
    text      varchar(1000) not null,
    unique (area_id, position)
);
create index plan_goal_area_idx on plan_goal (area_id);

create table plan_action (
    id                 bigint generated always as identity primary key,
    area_id            bigint        not null references plan_area (id),
    title              varchar(500)  not null,
    owner_unit_id      bigint        not null references unit (id),
    -- who the plan names as responsible, in its own words ("Kommunalsjef UOK"); the owner unit is who follows up
    responsible        varchar(300),
    partners           varchar(1000),
    from_year          smallint      not null,
    to_year            smallint      not null,
    -- the plan's own wording when it is not a span of years ("Løpende", "2021, 2023, ... 2031")
    period_note        varchar(300),
    status             varchar(20)   not null check (status in ('NOT_STARTED', 'ONGOING', 'DONE', 'DELAYED', 'CANCELLED')),
    status_comment     varchar(2000),
    status_date        date,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    check (from_year <= to_year)
);
create index plan_action_area_idx on plan_action (area_id);
create index plan_action_owner_idx on plan_action (owner_unit_id);

-- Every status update, oldest first; the action row holds the latest for the lists.
create table plan_action_status (
    id           bigint generated always as identity primary key,
    action_id    bigint        not null references plan_action (id),
    status       varchar(20)   not null check (status in ('NOT_STARTED', 'ONGOING', 'DONE', 'DELAYED', 'CANCELLED')),
    comment      varchar(2000),
    status_date  date          not null,
    recorded_by  bigint        references employee (id),
    recorded_at  timestamptz   not null
);
create index plan_action_status_action_idx on plan_action_status (action_id, recorded_at);

-- A target figure for an area: an indicator of the statistics module (by its code), a value and a year.
create table plan_target (
    id               bigint generated always as identity primary key,
    area_id          bigint        not null references plan_area (id),
    indicator_code   varchar(80)   not null,
    description      varchar(500)  not null,
    target_value     numeric       not null,
    target_year      smallint      not null,
    note             varchar(1000)
);
create index plan_target_area_idx on plan_target (area_id);
