-- Every dated duty in one table, whichever module owns the work behind it: the deadline engine warns, reminds
-- and lists them ("Mine saker og frister"). A row names its source (type and id) and kind, never the child's
-- data; the link leads to the page where the work is done, behind the access door.
create table deadline (
    id           bigint generated always as identity primary key,
    kind         varchar(40)  not null,
    source_type  varchar(40)  not null,
    source_id    bigint       not null,
    child_id     bigint       references child (id),
    unit_id      bigint       references unit (id),
    employee_id  bigint       references employee (id),
    due_on       date         not null,
    warn_on      date,
    link         varchar(300) not null,
    done_at      timestamptz,
    created_at   timestamptz  not null,
    unique (source_type, source_id, kind),
    check (unit_id is not null or employee_id is not null)
);
create index deadline_employee_idx on deadline (employee_id, due_on) where done_at is null;
create index deadline_unit_idx on deadline (unit_id, due_on) where done_at is null;
create index deadline_due_idx on deadline (due_on) where done_at is null;
