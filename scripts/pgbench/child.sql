-- pgbench replay of one view of /children/20 as ds-1-3, captured 2026-12-03 10:25 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 19 statements, 13 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78';
COMMIT;

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 09:25:34.343934+00'))));

select c.category, b.basis, b.consent_id, b.emergency_id
  from unnest(cast('{BASIC,RELAY_LOG,HEALTH,EDUCATION,PPT,CHILD_WELFARE,NAV}' as varchar[])) as c(category)
  left join lateral access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), c.category, 'READ', '2026-12-03', '2026-12-03 10:25:34.347882+00') b on true;

select category, refused, withdrawn, valid_from, valid_to
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
 order by consent_id, grant_id;

select access_log_append('[{"chain":20,"content":"4fa96495cfdbc2b981e6318f3c68f849cb6086c6b9e787b243bc9da9a5b5dac7","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"BASIC","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":20,"content":"fa85feee302885321844fa19f7300089571fc0e5eede47349e275a81002e84fa","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"RELAY_LOG","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":20,"content":"9b42c83bc506e0846e7badc0c2a398dadbce34fc8799045937f53f278a745470","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"HEALTH","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":20,"content":"ef727e340c8596c14e3ef7f6c402ce9ff36dbbef7b7852da5afc1f2260ef1476","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"EDUCATION","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"CONSENT","consent_id":12,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":20,"content":"37b1a5452e3a9511fa3b39b43a64e3c139838637f6eaa2b88776196c05878a1e","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"PPT","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"CATEGORY_NOT_GRANTED"},{"chain":20,"content":"5bc9c7b594a390f1160c8a7e86cfd1e996dfb419960622b520937aa93dfccfd5","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"CHILD_WELFARE","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"CATEGORY_NOT_GRANTED"},{"chain":20,"content":"62cdf0e82d1437ef15ececaf9a24a747586a543aa007f8d01748cfdc428ffeb2","occurred_at":"2026-12-03T10:25:34.347881Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":20,"category":"NAV","object_type":"child","object_id":20,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"CATEGORY_NOT_GRANTED"}]'::jsonb);

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
               and se.started_at <= '2026-12-03 10:25:34.399566+00' and se.expires_at > '2026-12-03 10:25:34.399566+00'))          then address end as address
from child where id = '20';

select id, child_id, name, parental_responsibility, (recorded_by_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and not sc.refused and sc.withdrawn_at is null
            and sg.withdrawn_at is null and sc.valid_from <= '2026-12-03' and sc.valid_to >= '2026-12-03'
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 10:25:34.401557+00' and se.expires_at > '2026-12-03 10:25:34.401557+00'))     ) as visible, identity_number, phone, email
from guardian where child_id = '20' order by id;

select cu.unit_id, u.name, cu.from_date, cu.to_date
  from child_unit cu join unit u on u.id = cu.unit_id
 where cu.child_id = '20' and (cu.unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and not sc.refused and sc.withdrawn_at is null
            and sg.withdrawn_at is null and sc.valid_from <= '2026-12-03' and sc.valid_to >= '2026-12-03'
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 10:25:34.402562+00' and se.expires_at > '2026-12-03 10:25:34.402562+00'))) order by cu.from_date, u.name;

select s.id, s.unit_id, u.name as unit_name, s.claimed_by, s.claimed_at, s.reason, s.serving_from, s.status,
       s.reviewed_by, s.reviewed_at, r.given_name, r.family_name, r.birth_date
  from serving_claim s
  join unit u on u.id = s.unit_id
  join child_registration r on r.id = s.registration_id
 where s.child_id = '20' and (s.unit_id = '15' or (exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '20' and not sc.refused and sc.withdrawn_at is null
            and sg.withdrawn_at is null and sc.valid_from <= '2026-12-03' and sc.valid_to >= '2026-12-03'
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '20' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 10:25:34.403881+00' and se.expires_at > '2026-12-03 10:25:34.403881+00'))) order by s.claimed_at desc, s.id desc;

select basis, consent_id, emergency_id from access_basis('20', '13', '15', cast('{EMPLOYEE}' as varchar[]), 'BASIC', 'WRITE', '2026-12-03', '2026-12-03 10:25:34.405124+00');

BEGIN;
UPDATE SPRING_SESSION
SET SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78', LAST_ACCESS_TIME = '1796293534331', MAX_INACTIVE_INTERVAL = '1800', EXPIRY_TIME = '1796295334331', PRINCIPAL_NAME = 'ds-1-3'
WHERE PRIMARY_ID = '99e8de93-e1a7-4cdf-aa4e-72d8239bcc5a';
COMMIT;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '58a5a944-c245-494c-b2c1-6bf8b00b0c78';
COMMIT;

