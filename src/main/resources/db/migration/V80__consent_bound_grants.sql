-- Every basis that exists because of a consent ends with that consent (docs/decisions.md, "Trust"). A grant tied to
-- a consent now names the consent category it stands on (consent_category): a case participant's BASIC grant
-- (to read the child's name by) stands on the RELAY_LOG consent the unit was admitted under, so it ends when that
-- consent is withdrawn, partly withdrawn for RELAY_LOG, or expires. Before this migration it had no consent and
-- outlived the withdrawal.
alter table access_grant add column consent_category varchar(30);

update access_grant b
   set consent_id = r.consent_id, consent_category = r.category
  from access_grant r
 where b.basis = 'CASE_PARTICIPANT' and b.consent_id is null and b.category = 'BASIC'
   and r.basis = 'CASE_PARTICIPANT' and r.category = 'RELAY_LOG' and r.consent_id is not null
   and r.source_type = b.source_type and r.source_id = b.source_id and r.unit_id = b.unit_id;

update access_grant set consent_category = category where consent_id is not null and consent_category is null;

alter table access_grant add constraint access_grant_consent_category
    check ((consent_id is null) = (consent_category is null));

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
                         where c.id = a.consent_id and c.child_id = p_child and not c.refused and c.withdrawn_at is null
                           and g.withdrawn_at is null and c.valid_from <= p_today and c.valid_to >= p_today
                           and g.category = a.consent_category
                           and (g.receiver_unit_id = p_unit or g.receiver_unit_type = u.type)))
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
