-- BTI casework (DOMAIN.md section 1): level-0 concerns with their guide steps, anonymous discussions (never tied to
-- a child), cases at levels 1-3 with the relay log (goals, measures, evaluations, participants, hand-overs,
-- meetings), and the individual plan. Editable rows carry a version for optimistic locking.

create table concern (
    id               bigint generated always as identity primary key,
    child_id         bigint       not null references child (id),
    unit_id          bigint       not null references unit (id),
    written_by       bigint       not null references employee (id),
    written_on       date         not null,
    observed_on      date         not null,
    what_seen        text         not null,
    suspicion_of_harm boolean     not null default false,
    decision         varchar(20),
    decision_note    text,
    decided_on       date,
    decided_by       bigint       references employee (id),
    case_id          bigint,
    created_at       timestamptz  not null,
    version          int          not null default 0,
    check (decision is null or decision in ('CLOSE', 'LEVEL_1', 'LEVEL_2', 'REPORT'))
);
create index concern_unit_idx on concern (unit_id, decision);
create index concern_child_idx on concern (child_id);

create table concern_step (
    concern_id   bigint       not null references concern (id),
    step         varchar(30)  not null,
    done_on      date         not null,
    note         text,
    recorded_by  bigint       not null references employee (id),
    recorded_at  timestamptz  not null,
    primary key (concern_id, step)
);

create table anonymous_discussion (
    id           bigint generated always as identity primary key,
    unit_id      bigint       not null references unit (id),
    held_on      date         not null,
    participants text         not null,
    question     text         not null,
    advice       text         not null,
    recorded_by  bigint       not null references employee (id),
    recorded_at  timestamptz  not null
);
create index anonymous_discussion_unit_idx on anonymous_discussion (unit_id, held_on desc);

create table relay_case (
    id                 bigint generated always as identity primary key,
    child_id           bigint       not null references child (id),
    level              smallint     not null check (level between 1 and 3),
    holder_employee_id bigint       not null references employee (id),
    holder_unit_id     bigint       not null references unit (id),
    opened_by          bigint       not null references employee (id),
    opened_at          timestamptz  not null,
    concern_id         bigint       references concern (id),
    closed_at          timestamptz,
    close_reason       varchar(20),
    close_note         text,
    closed_by          bigint       references employee (id),
    coordinator_employee_id bigint  references employee (id),
    version            int          not null default 0
);
create index relay_case_child_idx on relay_case (child_id);
alter table concern add constraint concern_case_fk foreign key (case_id) references relay_case (id);

create table case_level_change (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references relay_case (id),
    from_level  smallint,
    to_level    smallint     not null,
    reason      text         not null,
    changed_by  bigint       not null references employee (id),
    changed_at  timestamptz  not null
);
create index case_level_change_case_idx on case_level_change (case_id);

create table case_participant (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references relay_case (id),
    unit_id      bigint       not null references unit (id),
    employee_id  bigint       references employee (id),
    task         text,
    consent_id   bigint       not null references consent (id),
    added_by     bigint       not null references employee (id),
    added_at     timestamptz  not null,
    removed_at   timestamptz,
    removed_by   bigint       references employee (id)
);
create index case_participant_case_idx on case_participant (case_id) where removed_at is null;
create index case_participant_unit_idx on case_participant (unit_id) where removed_at is null;

create table case_handover (
    id             bigint generated always as identity primary key,
    case_id        bigint       not null references relay_case (id),
    to_employee_id bigint       not null references employee (id),
    to_unit_id     bigint       not null references unit (id),
    consent_id     bigint       references consent (id),
    reason         text,
    offered_by     bigint       not null references employee (id),
    offered_at     timestamptz  not null,
    answered_at    timestamptz,
    accepted       boolean,
    transition     boolean      not null default false
);
create index case_handover_to_idx on case_handover (to_employee_id) where answered_at is null;

create table case_goal (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references relay_case (id),
    text        text         not null,
    created_by  bigint       not null references employee (id),
    created_at  timestamptz  not null,
    version     int          not null default 0
);
create index case_goal_case_idx on case_goal (case_id);

create table case_meeting (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references relay_case (id),
    starts_at     timestamptz  not null,
    ends_at       timestamptz  not null,
    place         text,
    video_link    text,
    agenda        text         not null,
    called_by     bigint       not null references employee (id),
    created_at    timestamptz  not null,
    minutes       text,
    child_voice   text,
    minutes_by    bigint       references employee (id),
    minutes_at    timestamptz,
    version       int          not null default 0
);
create index case_meeting_case_idx on case_meeting (case_id);

create table case_meeting_participant (
    id           bigint generated always as identity primary key,
    meeting_id   bigint       not null references case_meeting (id),
    unit_id      bigint       not null references unit (id),
    employee_id  bigint       references employee (id),
    consent_id   bigint       not null references consent (id)
);
create index case_meeting_participant_meeting_idx on case_meeting_participant (meeting_id);

create table case_measure (
    id                      bigint generated always as identity primary key,
    case_id                 bigint       not null references relay_case (id),
    what                    text         not null,
    responsible_employee_id bigint       references employee (id),
    responsible_unit_id     bigint       references unit (id),
    starts_on               date         not null,
    evaluate_on             date         not null,
    meeting_id              bigint       references case_meeting (id),
    created_by              bigint       not null references employee (id),
    created_at              timestamptz  not null,
    version                 int          not null default 0,
    check (responsible_employee_id is not null or responsible_unit_id is not null)
);
create index case_measure_case_idx on case_measure (case_id);

create table case_evaluation (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references relay_case (id),
    measure_id   bigint       not null references case_measure (id),
    outcome      varchar(20)  not null check (outcome in ('BETTER', 'UNCHANGED', 'WORSE')),
    text         text         not null,
    child_voice  text         not null,
    evaluated_on date         not null,
    created_by   bigint       not null references employee (id),
    created_at   timestamptz  not null
);
create index case_evaluation_case_idx on case_evaluation (case_id);

-- DOMAIN.md rule 29: the nine items of an individual plan, one plan per case.
create table individual_plan (
    case_id         bigint primary key references relay_case (id),
    goals_needs     text not null,
    who_takes_part  text not null,
    who_coordinates text not null,
    contributions   text not null,
    measures        text not null,
    how_carried_out text not null,
    period_from     date not null,
    period_to       date not null,
    revise_on       date not null,
    consents        text not null,
    cooperation     text not null,
    updated_by      bigint not null references employee (id),
    updated_at      timestamptz not null,
    version         int not null default 0
);
