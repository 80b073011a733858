-- Spring Modulith's event publication registry (spring-modulith-events-jdbc 2.1, schema v2 for PostgreSQL, copied
-- from schemas/v2/schema-postgresql.sql; Modulith's own schema initialisation is off). One row per event and
-- transactional listener (@ApplicationModuleListener), written in the publishing transaction; the listener completes
-- it (completion-mode delete: the row goes). A row left behind is an effect not yet done: resubmitted on restart
-- and by platform.database.EventResubmission. Events stored here carry ids and dates only, never a name.
create table event_publication (
    id                     uuid                     not null,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
