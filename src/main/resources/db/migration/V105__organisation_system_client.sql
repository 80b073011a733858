-- The municipality's other systems (school administration, archive, child welfare system) on /api/v1 with OAuth2
-- bearer tokens. Each registered system acts through an account of its own in employee (no password, so it cannot
-- sign in on a page, and left out of the lists of employees): its unit and roles are what the access door weighs, and
-- every "done by" column and the access log name it like a person of that unit.
create table system_client (
    id            bigint generated always as identity primary key,
    name          varchar(60)   not null,
    client_id     varchar(53)   not null,
    employee_id   bigint        not null unique references employee (id),
    scopes        varchar(40)[] not null,
    active        boolean       not null default true,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create unique index system_client_name_key on system_client (lower(name));
create unique index system_client_client_id_key on system_client (client_id);

-- The access log's client column holds PAGE, API, SYSTEM or, for a call from another system, that system's name.
-- Widening a varchar keeps every stored value, so the hash chain is unchanged.
alter table access_log alter column client type varchar(60);
