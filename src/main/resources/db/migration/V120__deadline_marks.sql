-- A deadline can be marked done or not relevant by someone who may act on it (issue 16), and reminders are only
-- sent while they are news.

-- Which marks the owning module allows: ANY (done or not relevant), DONE_ONLY (a duty in law the holder can meet
-- outside Laget, such as calling child welfare about a report that was not delivered) or NONE (the legal clocks of
-- child welfare, met only by the decision or letter recorded in Laget).
alter table deadline add column markable varchar(10) not null default 'ANY'
    check (markable in ('ANY', 'DONE_ONLY', 'NONE'));
update deadline set markable = 'NONE'
 where source_type = 'report'
   and kind in ('REPORT_REVIEW', 'REPORT_CONFIRMATION', 'REPORT_OPENING_LETTER', 'REPORT_INVESTIGATION',
                'REPORT_OUTCOME_LETTER');
update deadline set markable = 'DONE_ONLY' where source_type = 'report' and kind = 'REPORT_NOT_DELIVERED';

-- The mark that closed it, if a person closed it (done_at is when): null when open or completed by the owner's work.
-- The reason is free text, treated as personal data: never logged.
alter table deadline add column marked_as varchar(12) check (marked_as in ('DONE', 'NOT_RELEVANT'));
alter table deadline add column marked_by bigint references employee (id);
alter table deadline add column mark_reason varchar(500);
alter table deadline add constraint deadline_mark_complete
    check ((marked_as is null and marked_by is null and mark_reason is null)
           or (marked_as is not null and marked_by is not null and done_at is not null));

-- When the deadline got its present dates (created, moved or reopened): a reminder is news only from the later of
-- the day its state began and this day, and for one day after. Laget always writes it from its clock; the default
-- is for rows written by hand (data sets, tests).
alter table deadline add column dated_at timestamptz;
update deadline set dated_at = created_at;
alter table deadline alter column dated_at set not null;
alter table deadline alter column dated_at set default now();

-- Every mark and every undo, as it happened: who, when, what and why. Append-only.
create table deadline_mark (
    id           bigint generated always as identity primary key,
    deadline_id  bigint       not null references deadline (id) on delete cascade,
    action       varchar(12)  not null check (action in ('DONE', 'NOT_RELEVANT', 'UNDONE')),
    reason       varchar(500),
    employee_id  bigint       not null references employee (id),
    marked_at    timestamptz  not null
);
create index deadline_mark_deadline_idx on deadline_mark (deadline_id, id);
