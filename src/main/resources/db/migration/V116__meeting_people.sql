-- Meetings with people (issue 16): a participant row with an employee is that person (the unit is theirs, the
-- consent the one their unit is covered by); without, the whole unit. The family takes part by name and role,
-- without a consent of its own (the relay log is theirs). A meeting has an iCalendar sequence that every move or
-- cancellation raises, so calendars replace the event they hold (RFC 5545/5546: same UID, higher SEQUENCE).
alter table case_meeting add column sequence int not null default 0;
alter table case_meeting add column cancelled_at timestamptz;
alter table case_meeting add column cancelled_by bigint references employee (id);

create table case_meeting_family (
    id          bigint generated always as identity primary key,
    meeting_id  bigint      not null references case_meeting (id),
    name        text        not null,
    role        text        not null
);
create index case_meeting_family_meeting_idx on case_meeting_family (meeting_id);

-- The invitation outbox: one e-mail per employee participant and sequence, written in the transaction that plans,
-- moves or cancels the meeting. It holds no address and no text: the address is read when sending, the text says
-- only that there is a meeting in Laget, and the attached calendar entry names no child. A row whose sequence is
-- older than the meeting's when it is sent is SUPERSEDED: the newer one, queued for the same people, says it all.
create table case_meeting_mail (
    id               bigint generated always as identity primary key,
    meeting_id       bigint      not null references case_meeting (id),
    employee_id      bigint      not null references employee (id),
    sequence         int         not null,
    method           varchar(10) not null check (method in ('REQUEST', 'CANCEL')),
    status           varchar(10) not null default 'PENDING'
                         check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SUPERSEDED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    sent_at          timestamptz,
    unique (meeting_id, employee_id, sequence)
);
create index case_meeting_mail_waiting_idx on case_meeting_mail (next_attempt_at) where status in ('PENDING', 'SENDING');
