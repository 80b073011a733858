-- Feedback from families after a meeting or a measure (issue 6). Nothing here identifies anyone: an
-- invitation is a unit, a kind and two dates, found by the SHA-256 of its random token (the link itself is
-- shown once and never stored); an answer is not linked to its invitation and keeps only the day it came.
create table feedback_invitation (
    id           bigint generated always as identity primary key,
    token_hash   char(64)     not null unique,
    unit_id      bigint       not null references unit (id),
    kind         varchar(10)  not null check (kind in ('MEETING', 'MEASURE')),
    created_on   date         not null,
    expires_on   date         not null,
    answered     boolean      not null default false,
    check (expires_on >= created_on)
);

create table feedback_answer (
    id           bigint generated always as identity primary key,
    unit_id      bigint        not null references unit (id),
    kind         varchar(10)   not null check (kind in ('MEETING', 'MEASURE')),
    answered_on  date          not null,
    respondent   varchar(15)   not null check (respondent in ('GUARDIAN', 'YOUNG_PERSON')),
    heard        smallint      not null check (heard between 1 and 5),
    useful       smallint      not null check (useful between 1 and 5),
    improve      varchar(2000)
);
create index feedback_answer_unit_day_idx on feedback_answer (unit_id, answered_on);
