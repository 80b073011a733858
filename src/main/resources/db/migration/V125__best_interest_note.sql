-- The child's best interest (barnekonvensjonen art. 3): the note a decision about a child carries. One row per child
-- the decision concerns (a report may name several); the source is the case or report the decision was made in, and
-- the module that owns that source decides every read and write under its own information category.
create table best_interest_note (
    id                bigint generated always as identity primary key,
    child_id          bigint       not null references child (id),
    occasion          varchar(20)  not null
                      check (occasion in ('LEVEL_2', 'LEVEL_3', 'HANDOVER', 'CLOSE', 'REPORT', 'INVESTIGATION')),
    source_type       varchar(40)  not null,
    source_id         bigint       not null,
    child_heard       boolean      not null,
    child_views       text,
    how_heard         text,
    not_heard_reason  text,
    weighing          text         not null,
    alternatives      text         not null,
    conclusion        text         not null,
    -- whole years on the day, from the stored birth date; null where Laget does not know it
    child_age         integer,
    written_by        bigint       not null references employee (id),
    written_at        timestamptz  not null,
    check ((child_heard and child_views is not null and how_heard is not null and not_heard_reason is null)
        or (not child_heard and not_heard_reason is not null and child_views is null and how_heard is null))
);

create index best_interest_note_source_idx on best_interest_note (source_type, source_id, written_at);
create index best_interest_note_written_idx on best_interest_note (written_at);
