-- The archive (Arkivlova, Noark 5): documents kept as they were when they left Laget or a case reached a milestone.
-- Three tables, each insert-only: a trigger refuses UPDATE, DELETE and TRUNCATE, as on access_log. A correction is a
-- new record that names the one it corrects (corrects_id); nothing stored is ever rendered again.
--
-- Names of the archive's own: the classification (class code and title), unit and employee names are copied in at
-- archiving time, so a later renaming or a changed scheme never alters what was archived. child_id has no foreign
-- key: the archive keeps what the Archives Act says it must keep, whatever happens to the child row.

-- A case file (Noark saksmappe): one per child and subject (a relay case, the child's consents, a report of concern).
create table archive_file (
    id               bigint generated always as identity primary key,
    system_id        uuid          not null unique,
    file_key         varchar(100)  not null unique,
    child_id         bigint        not null,
    file_year        integer       not null,
    file_sequence    integer       not null,
    class_code       varchar(20)   not null,
    class_title      varchar(200)  not null,
    title            varchar(500)  not null,
    public_title     varchar(500)  not null,
    unit_id          bigint        not null,
    unit_name        varchar(200)  not null,
    responsible_name varchar(200)  not null,
    created_at       timestamptz   not null,
    unique (file_year, file_sequence)
);
create index archive_file_child_idx on archive_file (child_id);

-- A registration (Noark journalpost) with its one document description and document object (the PDF).
create table archive_record (
    id                 bigint generated always as identity primary key,
    system_id          uuid          not null unique,
    document_system_id uuid          not null unique,
    object_system_id   uuid          not null unique,
    file_id            bigint        not null references archive_file (id),
    child_id           bigint        not null,
    kind               varchar(40)   not null,
    category           varchar(30)   not null,
    journal_year       integer       not null,
    journal_sequence   integer       not null,
    file_record_number integer       not null,
    record_type        varchar(60)   not null,
    document_type      varchar(60)   not null,
    title              varchar(500)  not null,
    public_title       varchar(500)  not null,
    counterpart_type   varchar(60)   not null,
    counterpart_name   varchar(200)  not null,
    access_code        varchar(10)   not null,
    legal_basis        varchar(200)  not null,
    unit_id            bigint        not null,
    unit_name          varchar(200)  not null,
    archived_by        bigint        not null,
    archived_by_name   varchar(200)  not null,
    archived_at        timestamptz   not null,
    document_date      date          not null,
    corrects_id        bigint        references archive_record (id),
    correction_reason  varchar(2000),
    file_size          bigint        not null check (file_size > 0),
    sha256             char(64)      not null,
    unique (journal_year, journal_sequence),
    unique (file_id, file_record_number),
    check ((corrects_id is null) = (correction_reason is null))
);
create index archive_record_child_idx on archive_record (child_id, archived_at);
create index archive_record_archived_idx on archive_record (archived_at, id);

-- The stored bytes, apart from the metadata so that lists and the extract's XML never read them.
create table archive_document (
    record_id  bigint primary key references archive_record (id),
    content    bytea  not null
);

create function archive_is_insert_only() returns trigger language plpgsql as $$
begin
    raise exception '% is insert-only: archived records are never changed or deleted', tg_table_name;
end
$$;
create trigger archive_file_no_update before update or delete on archive_file
    for each row execute function archive_is_insert_only();
create trigger archive_file_no_truncate before truncate on archive_file
    for each statement execute function archive_is_insert_only();
create trigger archive_record_no_update before update or delete on archive_record
    for each row execute function archive_is_insert_only();
create trigger archive_record_no_truncate before truncate on archive_record
    for each statement execute function archive_is_insert_only();
create trigger archive_document_no_update before update or delete on archive_document
    for each row execute function archive_is_insert_only();
create trigger archive_document_no_truncate before truncate on archive_document
    for each statement execute function archive_is_insert_only();
