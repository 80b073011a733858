-- The categories each kind of unit produces and so may use without consent when it serves the child.
create table unit_type_category (
    unit_type  varchar(30) not null,
    category   varchar(30) not null,
    primary key (unit_type, category)
);
insert into unit_type_category (unit_type, category) values
    ('HEALTH_STATION', 'BASIC'), ('HEALTH_STATION', 'HEALTH'),
    ('KINDERGARTEN', 'BASIC'), ('KINDERGARTEN', 'EDUCATION'),
    ('SCHOOL', 'BASIC'), ('SCHOOL', 'EDUCATION'),
    ('AFTER_SCHOOL', 'BASIC'), ('AFTER_SCHOOL', 'EDUCATION'),
    ('PPT', 'BASIC'), ('PPT', 'PPT'),
    ('CHILD_WELFARE', 'BASIC'), ('CHILD_WELFARE', 'CHILD_WELFARE'),
    ('NAV', 'BASIC'), ('NAV', 'NAV'),
    ('BUP', 'BASIC'), ('BUP', 'HEALTH'),
    ('FAMILY_CENTRE', 'BASIC'),
    ('OTHER', 'BASIC');

-- Break the glass: time-limited access with a stated reason, reviewed by the unit leader.
create table emergency_access (
    id           bigint generated always as identity primary key,
    child_id     bigint      not null references child (id),
    employee_id  bigint      not null references employee (id),
    unit_id      bigint      not null references unit (id),
    reason       text        not null,
    started_at   timestamptz not null,
    expires_at   timestamptz not null,
    reviewed_at  timestamptz,
    reviewed_by  bigint      references employee (id)
);
create index emergency_access_child_idx on emergency_access (child_id, employee_id, expires_at);
create index emergency_access_unit_idx on emergency_access (unit_id, reviewed_at);

-- THE access rule, in one place. The door asks it for one child; lists and searches put it in their
-- WHERE clause, so a list can never show a row the door would refuse. Consent and emergency access
-- lift confidentiality for reading; writing is for the unit whose own category it is.
create function access_basis(p_child bigint, p_employee bigint, p_unit bigint, p_roles varchar[],
                             p_category varchar, p_action varchar, p_today date, p_now timestamptz)
returns table (basis varchar, consent_id bigint, emergency_id bigint)
language sql stable as $$
    select b.basis, b.consent_id, b.emergency_id
      from (
            select 'OWN_SERVICE'::varchar as basis, null::bigint as consent_id, null::bigint as emergency_id, 1 as rank
              from child_unit cu
              join unit u on u.id = cu.unit_id
              join unit_type_category utc on utc.unit_type = u.type and utc.category = p_category
             where cu.child_id = p_child and cu.unit_id = p_unit
               and cu.from_date <= p_today and (cu.to_date is null or cu.to_date >= p_today)
            union all
            select 'CONSENT', c.id, null, 2
              from consent c
              join consent_grant g on g.consent_id = c.id
              join unit u on u.id = p_unit
             where p_action = 'READ' and c.child_id = p_child and not c.refused and c.withdrawn_at is null
               and g.withdrawn_at is null and c.valid_from <= p_today and c.valid_to >= p_today
               and g.category = p_category and (g.receiver_unit_id = p_unit or g.receiver_unit_type = u.type)
            union all
            select 'EMERGENCY', null, e.id, 3
              from emergency_access e
             where p_action = 'READ' and e.child_id = p_child and e.employee_id = p_employee
               and e.started_at <= p_now and e.expires_at > p_now
           ) b
     where not ('ADMINISTRATOR' = any (p_roles))
       and p_roles && array['EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE']::varchar[]
     order by b.rank, b.consent_id
     limit 1
$$;

-- Who looked at what. Append-only (the triggers refuse UPDATE, DELETE and TRUNCATE) and tamper-evident:
-- each row's hash covers its fields and the previous row's hash.
create table access_log (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null,
    employee_id     bigint       not null,
    username        varchar(60)  not null,
    roles           varchar(200) not null,
    unit_id         bigint       not null,
    child_id        bigint,
    category        varchar(30)  not null,
    object_type     varchar(40)  not null,
    object_id       bigint,
    action          varchar(20)  not null,
    client          varchar(10)  not null,
    outcome         varchar(10)  not null check (outcome in ('ALLOWED', 'DENIED')),
    basis           varchar(20),
    consent_id      bigint,
    emergency_id    bigint,
    emergency_reason text,
    reason_code     varchar(40),
    previous_hash   char(64)     not null,
    hash            char(64)     not null
);
create index access_log_child_idx on access_log (child_id, occurred_at);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end
$$;
create trigger access_log_no_update before update or delete on access_log
    for each row execute function access_log_is_append_only();
create trigger access_log_no_truncate before truncate on access_log
    for each statement execute function access_log_is_append_only();
