-- pgbench replay of one view of /cases/1 as ds-1-3, captured 2026-12-03 10:25 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 39 statements, 33 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78';
COMMIT;

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 09:25:31.97645+00'))));

select id, child_id, level, holder_employee_id, holder_unit_id, closed_at is null as open,
       coordinator_employee_id, version
  from relay_case where id = '1';

select exists (select 1 from case_participant where case_id = '1' and unit_id = '15' and removed_at is null);

select basis, consent_id, emergency_id from access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), 'RELAY_LOG', 'READ', '2026-12-03', '2026-12-03 10:25:32.000423+00');

select access_log_append('[{"chain":20,"content":"666348ec01bd27e6ff7a72945cb923bf5f399bdb22c74881c196b95abc1697e0","occurred_at":"2026-12-03T10:25:32.000422Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"RELAY_LOG","object_type":"relay_case","object_id":1,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

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

select basis, consent_id, emergency_id from access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), 'BASIC', 'READ', '2026-12-03', '2026-12-03 10:25:32.034601+00');

select access_log_append('[{"chain":20,"content":"268784b2f17afa901ac1b4ed15f77dfcfab2ee76dc15d56b8b2ffea1e3b45601","occurred_at":"2026-12-03T10:25:32.034600Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"BASIC","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
       case when address_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and not sc.refused and sc.withdrawn_at is null
            and sg.withdrawn_at is null and sc.valid_from <= '2026-12-03' and sc.valid_to >= '2026-12-03'
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 10:25:32.046449+00' and se.expires_at > '2026-12-03 10:25:32.046449+00'))          then address end as address
from child where id = '20';

select basis, consent_id, emergency_id from access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), 'BASIC', 'READ', '2026-12-03', '2026-12-03 10:25:32.047741+00');

select access_log_append('[{"chain":20,"content":"0f60e7a02eda29522462e14f74f082825186545734dd30a009355087a84f1f68","occurred_at":"2026-12-03T10:25:32.047740Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"BASIC","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
       case when address_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and not sc.refused and sc.withdrawn_at is null
            and sg.withdrawn_at is null and sc.valid_from <= '2026-12-03' and sc.valid_to >= '2026-12-03'
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 10:25:32.068417+00' and se.expires_at > '2026-12-03 10:25:32.068417+00'))          then address end as address
from child where id = '20';

select id, child_id, level, holder_employee_id, holder_unit_id, closed_at is null as open,
       coordinator_employee_id, version
  from relay_case where id = '1';

select exists (select 1 from case_participant where case_id = '1' and unit_id = '15' and removed_at is null);

select basis, consent_id, emergency_id from access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), 'RELAY_LOG', 'READ', '2026-12-03', '2026-12-03 10:25:32.070813+00');

select access_log_append('[{"chain":20,"content":"aa465ed864e05d7e1de21c2b033d60fbba47835055240383a565ebf7eb72bada","occurred_at":"2026-12-03T10:25:32.070812Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"RELAY_LOG","object_type":"relay_case","object_id":1,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

select n.*, e.display_name
  from best_interest_note n
  join employee e on e.id = n.written_by
 where n.source_type = 'relay_case' and n.source_id = '1'
 order by n.written_at, n.id;

select e.id, e.display_name, e.unit_id, u.name as unit_name
  from employee e join unit u on u.id = e.unit_id
 where e.active and e.unit_id = any('{15}')
   and exists (select 1 from employee_role r where r.employee_id = e.id
                  and r.role in ('EMPLOYEE', 'UNIT_LEADER', 'CHILD_WELFARE_INTAKE'))
 order by u.name, e.display_name;

select id, name, type, active from unit where id = '15';

BEGIN;
UPDATE SPRING_SESSION
SET SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78', LAST_ACCESS_TIME = '1796293531972', MAX_INACTIVE_INTERVAL = '1800', EXPIRY_TIME = '1796295331972', PRINCIPAL_NAME = 'ds-1-3'
WHERE PRIMARY_ID = '99e8de93-e1a7-4cdf-aa4e-72d8239bcc5a';
COMMIT;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78';
COMMIT;

