-- Reminders of deadlines by e-mail, through an outbox (DESIGN.md "Data"), and the lock table that lets one node at
-- a time run scheduled work (ShedLock, "Growing past one machine").

-- ShedLock's own table (its documented PostgreSQL shape). Times are written by the database (usingDbTime), in UTC.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp    not null,
    locked_at   timestamp    not null,
    locked_by   varchar(255) not null
);

-- The scan looks for open deadlines whose warning day or due day has come.
create index deadline_attention_idx on deadline ((coalesce(warn_on, due_on))) where done_at is null;

-- A reminder is planned once per deadline and state: the unique key is what makes planning idempotent, whichever
-- node scans and however often. Scheduling a deadline again with another date forgets its reminders.
create table deadline_reminder (
    id           bigint generated always as identity primary key,
    deadline_id  bigint      not null references deadline (id) on delete cascade,
    state        varchar(10) not null check (state in ('WARNED', 'DUE', 'OVERDUE')),
    planned_at   timestamptz not null,
    unique (deadline_id, state)
);

-- The outbox: one e-mail per reminder and recipient, written in the planning transaction, delivered by a worker
-- that claims rows (for update skip locked), marks them SENDING with an attempt count, sends, then marks SENT.
-- The address is read from the employee when sending; the row holds no address and no text about a child.
create table deadline_mail (
    id               bigint generated always as identity primary key,
    reminder_id      bigint      not null references deadline_reminder (id) on delete cascade,
    employee_id      bigint      not null references employee (id),
    status           varchar(10) not null default 'PENDING'
                         check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED')),
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_at       timestamptz,
    sent_at          timestamptz,
    unique (reminder_id, employee_id)
);
create index deadline_mail_waiting_idx on deadline_mail (next_attempt_at) where status in ('PENDING', 'SENDING');
