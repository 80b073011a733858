-- "A consent is live on a day" in one place (issue 11, "one home for each repeated rule"). It was written out in
-- access_basis (twice), in consent's repository (three times) and in child's address rule; the Java twin is
-- no.laget.consent.Consent.liveOn / liveFor, and ConsentLiveTest checks that the two agree on every edge.
--
-- A consent is live on a day when it is not a refusal, is not withdrawn (a withdrawal ends it at once, whatever the
-- day asked about), and the day lies within valid_from..valid_to, both ends inclusive. A grant of it is live when the
-- consent is and the grant itself is not withdrawn. The day is the Oslo day of the caller's clock.
--
-- Both are plain SQL expressions (no FROM, not strict, immutable), so the planner inlines them: the field reads of the
-- row argument become ordinary column references, and every plan and index use stays what it was before.
create function consent_live(c consent, p_day date) returns boolean
language sql immutable parallel safe as $$
    select not c.refused and c.withdrawn_at is null and c.valid_from <= p_day and c.valid_to >= p_day
$$;

create function consent_grant_live(c consent, g consent_grant, p_day date) returns boolean
language sql immutable parallel safe as $$
    select consent_live(c, p_day) and g.withdrawn_at is null
$$;

-- access_basis as in V80, with the two consent tests written as consent_grant_live; nothing else changes.
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
             where p_action = 'READ' and c.child_id = p_child and consent_grant_live(c, g, p_today)
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
                         where c.id = a.consent_id and c.child_id = p_child and consent_grant_live(c, g, p_today)
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
