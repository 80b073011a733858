create table municipality (
    id      bigint generated always as identity primary key,
    number  char(4)      not null unique,
    name    varchar(100) not null
);

create table unit (
    id               bigint generated always as identity primary key,
    municipality_id  bigint       not null references municipality (id),
    name             varchar(120) not null,
    type             varchar(30)  not null check (type in ('HEALTH_STATION', 'KINDERGARTEN', 'SCHOOL',
                         'AFTER_SCHOOL', 'PPT', 'CHILD_WELFARE', 'NAV', 'BUP', 'FAMILY_CENTRE', 'OTHER')),
    active           boolean      not null default true,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null
);
create unique index unit_name_key on unit (municipality_id, lower(name));

-- Employees are deactivated, never deleted: the access log and case history point at them.
create table employee (
    id              bigint generated always as identity primary key,
    username        varchar(60)  not null,
    display_name    varchar(120) not null,
    email           varchar(254) not null,
    unit_id         bigint       not null references unit (id),
    password_hash   varchar(200),
    active          boolean      not null default true,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    deactivated_at  timestamptz
);
create unique index employee_username_key on employee (lower(username));
create index employee_unit_idx on employee (unit_id);

create table employee_role (
    employee_id  bigint      not null references employee (id),
    role         varchar(40) not null check (role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE',
                     'MUNICIPAL_STAFF', 'ADMINISTRATOR')),
    primary key (employee_id, role)
);
