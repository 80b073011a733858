-- Cooperation agreements between services (Halden's child welfare-NAV agreement): parties, period, routines, the
-- meetings promised per year and those held with minutes, and the annual evaluation with the staff's input
-- beforehand. No child data: minutes refuse identity numbers, and the page says to write no names.
create table nav_agreement (
    id                           bigint generated always as identity primary key,
    title                        varchar(200) not null,
    valid_from                   date         not null,
    valid_to                     date,
    cooperation_meetings_per_year integer     not null check (cooperation_meetings_per_year between 0 and 52),
    anonymous_meetings_per_year  integer      not null check (anonymous_meetings_per_year between 0 and 52),
    evaluation_due_on            date         not null,
    created_by                   bigint       not null references employee (id),
    created_at                   timestamptz  not null,
    check (valid_to is null or valid_to >= valid_from)
);

create table nav_agreement_party (
    id            bigint generated always as identity primary key,
    agreement_id  bigint not null references nav_agreement (id),
    unit_id       bigint not null references unit (id),
    unique (agreement_id, unit_id)
);
create index nav_agreement_party_unit_idx on nav_agreement_party (unit_id);

create table nav_agreement_routine (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references nav_agreement (id),
    position      integer       not null,
    text          varchar(2000) not null
);
create index nav_agreement_routine_idx on nav_agreement_routine (agreement_id, position);

create table nav_agreement_meeting (
    id            bigint generated always as identity primary key,
    agreement_id  bigint       not null references nav_agreement (id),
    kind          varchar(20)  not null check (kind in ('COOPERATION', 'ANONYMOUS')),
    held_on       date         not null,
    minutes       text         not null,
    recorded_by   bigint       not null references employee (id),
    recorded_at   timestamptz  not null
);
create index nav_agreement_meeting_idx on nav_agreement_meeting (agreement_id, held_on desc);

create table nav_agreement_evaluation (
    id            bigint generated always as identity primary key,
    agreement_id  bigint       not null references nav_agreement (id),
    due_on        date         not null,
    evaluated_on  date         not null,
    summary       text         not null,
    recorded_by   bigint       not null references employee (id),
    recorded_at   timestamptz  not null
);
create index nav_agreement_evaluation_idx on nav_agreement_evaluation (agreement_id, evaluated_on desc);

-- One input per employee per evaluation round (the round is the evaluation's due date); submitting again replaces it.
create table nav_agreement_input (
    id            bigint generated always as identity primary key,
    agreement_id  bigint        not null references nav_agreement (id),
    round_due_on  date          not null,
    employee_id   bigint        not null references employee (id),
    unit_id       bigint        not null references unit (id),
    text          varchar(4000) not null,
    submitted_at  timestamptz   not null,
    unique (agreement_id, round_due_on, employee_id)
);
