-- Reports of concern to child welfare (bekymringsmelding, DOMAIN.md section 3). A report is written once and never
-- changed; what happens to it afterwards (delivery, receipt, the intake's decisions, letters) is stored beside it.
create table report (
    id                     bigint generated always as identity primary key,
    reporter_employee_id   bigint       not null references employee (id),
    reporter_unit_id       bigint       not null references unit (id),
    grounds                varchar(40)[] not null,
    concern                text         not null,
    history                text         not null,
    other_views            text,
    interpreter_needed     boolean      not null,
    interpreter_language   varchar(100),
    other_services         text,
    reporter_name          varchar(120) not null,
    reporter_role          varchar(100) not null,
    reporter_phone         varchar(30)  not null,
    reporter_email         varchar(254) not null,
    reporter_unit_name     varchar(120) not null,
    reporter_unit_address  varchar(200),
    -- the report as KS Fiks's offentlig bekymringsmelding v2, validated against the schema when saved
    fiks_json              text         not null,
    created_at             timestamptz  not null,
    -- delivery as the sender sees it; DELIVERED only once the receiver has it (the Fiks receipt "mottatt")
    state                  varchar(20)  not null check (state in ('SAVED', 'RETRYING', 'DELIVERED', 'FAILED')),
    attempts               integer      not null default 0,
    first_failure_at       timestamptz,
    next_attempt_at        timestamptz,
    last_failure           varchar(60),
    delivered_at           timestamptz
);
create index report_reporter_idx on report (reporter_employee_id, created_at desc);

create table report_child (
    id               bigint generated always as identity primary key,
    report_id        bigint       not null references report (id),
    position         integer      not null,
    child_id         bigint       not null references child (id),
    identity_number  char(11),
    unborn           boolean      not null,
    due_date         date,
    given_name       varchar(100) not null,
    family_name      varchar(100) not null,
    address          varchar(200) not null,
    told             boolean      not null,
    not_told_reason  text,
    unique (report_id, position),
    check (told or not_told_reason is not null),
    check (unborn = (due_date is not null))
);
create index report_child_child_idx on report_child (child_id);

create table report_guardian (
    id               bigint generated always as identity primary key,
    report_id        bigint       not null references report (id),
    position         integer      not null,
    name             varchar(200) not null,
    phone            varchar(30),
    told             boolean      not null,
    not_told_reason  text,
    unique (report_id, position),
    check (told or not_told_reason is not null)
);

-- Written in the same transaction as the report: a report saved is a report that will be delivered, even if the
-- application dies before the worker runs. The worker claims rows with "for update skip locked".
create table report_outbox (
    report_id        bigint       primary key references report (id),
    receiver         varchar(20)  not null,
    created_at       timestamptz  not null,
    next_attempt_at  timestamptz  not null,
    done_at          timestamptz
);
create index report_outbox_due_idx on report_outbox (next_attempt_at) where done_at is null;

-- Child welfare's intake. One row per report: a second copy of the same report (a retry after a timeout) is refused
-- by the unique constraint, so a report is never received twice.
create table report_inbox (
    id                        bigint generated always as identity primary key,
    report_id                 bigint       not null unique references report (id),
    unit_id                   bigint       not null references unit (id),
    received_at               timestamptz  not null,
    received_on               date         not null,
    review_decision           varchar(20)  check (review_decision in ('CLOSED', 'INVESTIGATION')),
    reviewed_on               date,
    reviewed_by               bigint       references employee (id),
    investigation_started_on  date,
    investigation_due         date,
    extension_reason          text,
    investigation_ended_on    date,
    outcome                   varchar(20)  check (outcome in ('CLOSED', 'MEASURES'))
);
create index report_inbox_unit_idx on report_inbox (unit_id, received_at desc);

-- What child welfare told the reporter, and when and how (DOMAIN.md rule 24). The letter itself is made from these
-- facts when asked for, so it says the same every time.
create table report_letter (
    id           bigint generated always as identity primary key,
    inbox_id     bigint       not null references report_inbox (id),
    kind         varchar(30)  not null check (kind in ('RECEIPT', 'INVESTIGATION_OPENED', 'NO_INVESTIGATION',
                                                       'OUTCOME_CLOSED', 'OUTCOME_MEASURES')),
    sent_on      date         not null,
    sent_how     varchar(20)  not null check (sent_how in ('LETTER', 'EMAIL', 'DIGITAL_MAIL')),
    recorded_by  bigint       not null references employee (id),
    recorded_at  timestamptz  not null,
    unique (inbox_id, kind)
);
