-- pgbench replay of one view of /cases/1 as ds-1-3, captured 2026-12-03 21:14 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 28 statements, 6 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '3e532d55-a8e2-4844-a54f-8232a7aad03a';

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 20:14:03.567096+00'))));

BEGIN READ ONLY;
select id, child_id, level, holder_employee_id, holder_unit_id, closed_at is null as open,
       coordinator_employee_id, version
  from relay_case where id = '1';
select exists (select 1 from case_participant where case_id = '1' and unit_id = '15' and removed_at is null);
with d as (
    select q.category, q.action, b.basis, b.consent_id, b.emergency_id
      from unnest(cast('{BASIC,RELAY_LOG}' as varchar[]), cast('{READ,READ}' as varchar[])) as q(category, action)
      left join lateral access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), q.category,
                                     q.action, '2026-12-03', '2026-12-03 21:14:03.568228+00') b on true)
select 'DECISION' as kind, d.category, d.action, d.basis, d.consent_id, d.emergency_id,
       null::boolean as refused, null::boolean as withdrawn, null::date as valid_from,
       null::date as valid_to, 0::bigint as consent_order, 0::bigint as grant_order
  from d
union all
select 'NAMED', named.category, null, null, null, null, named.refused, named.withdrawn,
       named.valid_from, named.valid_to, named.consent_id, named.grant_id
  from (select category, refused, withdrawn, valid_from, valid_to, consent_id, grant_id
  from (select g.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null) as withdrawn,
               c.valid_from, c.valid_to, c.id as consent_id, g.id as grant_id
          from consent c
          join consent_grant g on g.consent_id = c.id
          join unit u on u.id = '15'
         where c.child_id = '20' and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
        union all
        select a.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null),
               c.valid_from, c.valid_to, c.id, g.id
          from access_grant a
          join consent c on c.id = a.consent_id
          join consent_grant g on g.consent_id = c.id and g.category = a.consent_category
          join unit u on u.id = '15'
         where a.child_id = '20' and a.unit_id = '15' and a.category <> a.consent_category
           and (a.employee_id is null or a.employee_id = '13')
           and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)) named
 order by consent_id, grant_id      ) named
where exists (select 1 from d where d.basis is null)
order by kind, consent_order, grant_order;
select p.id, p.case_id, p.unit_id, u.name as unit_name, p.employee_id, e.display_name, p.task,
       p.consent_id, p.added_at
  from case_participant p join unit u on u.id = p.unit_id left join employee e on e.id = p.employee_id
 where p.case_id = '1' and p.removed_at is null order by p.added_at, p.id;
select id, case_id, text, version from case_goal where case_id = '1' order by id;
select m.*, e.display_name, u.name as unit_name
  from case_measure m
  left join employee e on e.id = m.responsible_employee_id
  left join unit u on u.id = m.responsible_unit_id
 where m.case_id = '1' order by m.starts_on, m.id;
select v.*, e.display_name from case_evaluation v join employee e on e.id = v.created_by
 where v.case_id = '1' order by v.evaluated_on, v.id;
select l.*, e.display_name from case_level_change l join employee e on e.id = l.changed_by
 where l.case_id = '1' order by l.changed_at, l.id;
select h.*, t.display_name as to_name, u.name as unit_name, o.display_name as offered_by_name
  from case_handover h join employee t on t.id = h.to_employee_id join unit u on u.id = h.to_unit_id
  join employee o on o.id = h.offered_by
 where h.case_id = '1' order by h.offered_at, h.id;
select p.id, p.meeting_id, p.unit_id, u.name as unit_name, p.employee_id, e.display_name
  from case_meeting_participant p join case_meeting m on m.id = p.meeting_id
  join unit u on u.id = p.unit_id left join employee e on e.id = p.employee_id
 where m.case_id = '1' order by p.id;
select f.id, f.meeting_id, f.name, f.role
  from case_meeting_family f join case_meeting m on m.id = f.meeting_id
 where m.case_id = '1' order by f.id;
select * from case_meeting where case_id = '1' order by starts_at, id;
select id, case_id, written_as, text, written_at from case_family_words
 where case_id = '1' order by written_at, id;
select c.*, h.display_name as holder_name, u.name as holder_unit_name, k.display_name as coordinator_name
  from relay_case c join employee h on h.id = c.holder_employee_id join unit u on u.id = c.holder_unit_id
  left join employee k on k.id = c.coordinator_employee_id
 where c.id = '1' order by c.opened_at, c.id;
select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
       case when address_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:03.577563+00' and se.expires_at > '2026-12-03 21:14:03.577563+00'))          then address end as address
from child where id = '20';
select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
       case when address_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:03.578096+00' and se.expires_at > '2026-12-03 21:14:03.578096+00'))          then address end as address
from child where id = '20';
select id, child_id, level, holder_employee_id, holder_unit_id, closed_at is null as open,
       coordinator_employee_id, version
  from relay_case where id = '1';
select exists (select 1 from case_participant where case_id = '1' and unit_id = '15' and removed_at is null);
select n.*, e.display_name
  from best_interest_note n
  join employee e on e.id = n.written_by
 where n.source_type = 'relay_case' and n.source_id = '1'
 order by n.written_at, n.id;
select id, name, type, active from unit where id = '15';
select e.id, e.display_name, e.unit_id, u.name as unit_name
  from employee e join unit u on u.id = e.unit_id
 where e.active and e.unit_id = any('{15}')
   and exists (select 1 from employee_role r where r.employee_id = e.id
                  and r.role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE'))
 order by u.name, e.display_name;
COMMIT;

-- the pool's connection check (an empty query in the application)
select 1;

select access_log_append('[{"chain":13,"format":3,"content":"3c4bd3819c1c0c8654cd54f680f8ffc3414432575408a3f0ed5675e2016920a7","occurred_at":"2026-12-03T21:14:03.568227Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"RELAY_LOG","object_type":"relay_case","object_id":1,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"3ceed9e73524f6d46fecefba35def53cfa1901bbd57a1f591d2bec48fee8ffc1","occurred_at":"2026-12-03T21:14:03.568227Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"BASIC","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"3ceed9e73524f6d46fecefba35def53cfa1901bbd57a1f591d2bec48fee8ffc1","occurred_at":"2026-12-03T21:14:03.568227Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"BASIC","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"3c4bd3819c1c0c8654cd54f680f8ffc3414432575408a3f0ed5675e2016920a7","occurred_at":"2026-12-03T21:14:03.568227Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"RELAY_LOG","object_type":"relay_case","object_id":1,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

