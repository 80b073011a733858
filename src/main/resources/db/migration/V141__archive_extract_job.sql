-- The administrator's extract jobs (./laget archive-extract from the web pages): one row per job with its progress,
-- updated by the node that runs it. Not part of the archive: a job row may change, an archived record never does.
create table archive_extract_job (
    id             bigint generated always as identity primary key,
    period_from    date          not null,
    period_to      date          not null,
    directory      varchar(1000) not null,
    status         varchar(20)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    records_total  bigint        not null check (records_total >= 0),
    records_done   bigint        not null default 0 check (records_done >= 0),
    started_by     bigint        not null references employee (id),
    started_at     timestamptz   not null,
    finished_at    timestamptz,
    message        varchar(2000),
    check (period_to >= period_from)
);
create index archive_extract_job_started_idx on archive_extract_job (started_at desc);
