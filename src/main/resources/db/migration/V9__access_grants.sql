-- Access that follows from work, not from a unit serving the child: a participant in a case, a child welfare
-- unit that received a report of concern. Modules that own that work grant and end these rows through
-- access.AccessGrants; the rule below stays the only place that reads them. A grant tied to a consent holds only
-- while that consent is live and still covers the category for the unit.
create table access_grant (
    id           bigint generated always as identity primary key,
    child_id     bigint       not null references child (id),
    unit_id      bigint       not null references unit (id),
    employee_id  bigint       references employee (id),
    category     varchar(30)  not null,
    basis        varchar(20)  not null,
    allows_write boolean      not null,
    consent_id   bigint       references consent (id),
    source_type  varchar(40)  not null,
    source_id    bigint       not null,
    valid_from   timestamptz  not null,
    valid_to     timestamptz
);
create index access_grant_child_idx on access_grant (child_id, unit_id, category);
create index access_grant_source_idx on access_grant (source_type, source_id);

-- The duty to report (barnevernloven § 13-2) overrides confidentiality: any employee may write a report of
-- concern about any child, and read back what they reported, with no consent (action REPORT). The report
-- module keeps each reporter to their own reports.
create or replace function access_basis(p_child bigint, p_employee bigint, p_unit bigint, p_roles varchar[],
                                        p_category varchar, p_action varchar, p_today date, p_now timestamptz)
returns table (basis varchar, consent_id bigint, emergency_id bigint)
language sql stable as $$
    select b.basis, b.consent_id, b.emergency_id
      from (
            select 'OWN_SERVICE'::varchar as basis, null::bigint as consent_id, null::bigint as emergency_id, 1 as rank
              from child_unit cu
              join unit u on u.id = cu.unit_id
              join unit_type_category utc on utc.unit_type = u.type and utc.category = p_category
             where p_action in ('READ', 'WRITE') and cu.child_id = p_child and cu.unit_id = p_unit
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
            select a.basis, a.consent_id, null, 3
              from access_grant a
             where p_action in ('READ', 'WRITE') and (p_action = 'READ' or a.allows_write)
               and a.child_id = p_child and a.unit_id = p_unit
               and (a.employee_id is null or a.employee_id = p_employee)
               and a.category = p_category and a.valid_from <= p_now and (a.valid_to is null or a.valid_to > p_now)
               and (a.consent_id is null or exists (
                        select 1
                          from consent c
                          join consent_grant g on g.consent_id = c.id
                          join unit u on u.id = p_unit
                         where c.id = a.consent_id and not c.refused and c.withdrawn_at is null
                           and g.withdrawn_at is null and c.valid_from <= p_today and c.valid_to >= p_today
                           and g.category = p_category and (g.receiver_unit_id = p_unit or g.receiver_unit_type = u.type)))
            union all
            select 'DUTY_TO_REPORT', null, null, 4
             where p_action = 'REPORT' and p_category = 'CHILD_WELFARE'
            union all
            select 'EMERGENCY', null, e.id, 5
              from emergency_access e
             where p_action = 'READ' and e.child_id = p_child and e.employee_id = p_employee
               and e.started_at <= p_now and e.expires_at > p_now
           ) b
     where not ('ADMINISTRATOR' = any (p_roles))
       and p_roles && array['EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE']::varchar[]
     order by b.rank, b.consent_id
     limit 1
$$;
