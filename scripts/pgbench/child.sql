-- pgbench replay of one view of /children/14 as ds-1-3, captured 2026-12-03 21:14 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 12 statements, 6 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '3e532d55-a8e2-4844-a54f-8232a7aad03a';

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 20:14:05.65345+00'))));

BEGIN READ ONLY;
with d as (
    select q.category, q.action, b.basis, b.consent_id, b.emergency_id
      from unnest(cast('{BASIC,CHILD_WELFARE,EDUCATION,BASIC,PPT,HEALTH,NAV,RELAY_LOG,CHILD_WELFARE}' as varchar[]), cast('{READ,WRITE,READ,WRITE,READ,READ,READ,READ,READ}' as varchar[])) as q(category, action)
      left join lateral access_basis('14', '13', '15', cast('{EMPLOYEE}' as varchar[]), q.category,
                                     q.action, '2026-12-03', '2026-12-03 21:14:05.654498+00') b on true)
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
         where c.child_id = '14' and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)
        union all
        select a.category, c.refused, (c.withdrawn_at is not null or g.withdrawn_at is not null),
               c.valid_from, c.valid_to, c.id, g.id
          from access_grant a
          join consent c on c.id = a.consent_id
          join consent_grant g on g.consent_id = c.id and g.category = a.consent_category
          join unit u on u.id = '15'
         where a.child_id = '14' and a.unit_id = '15' and a.category <> a.consent_category
           and (a.employee_id is null or a.employee_id = '13')
           and (g.receiver_unit_id = u.id or g.receiver_unit_type = u.type)) named
 order by consent_id, grant_id      ) named
where exists (select 1 from d where d.basis is null)
order by kind, consent_order, grant_order;
select id, identity_number, given_name, family_name, birth_date, child_welfare_has_care,
       case when address_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '14' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '14' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:05.658069+00' and se.expires_at > '2026-12-03 21:14:05.658069+00'))          then address end as address
from child where id = '14';
select id, child_id, name, parental_responsibility, (recorded_by_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '14' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '14' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:05.658647+00' and se.expires_at > '2026-12-03 21:14:05.658647+00'))     ) as visible, identity_number, phone, email
from guardian where child_id = '14' order by id;
select cu.unit_id, u.name, cu.from_date, cu.to_date
  from child_unit cu join unit u on u.id = cu.unit_id
 where cu.child_id = '14' and (cu.unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '14' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '14' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:05.659097+00' and se.expires_at > '2026-12-03 21:14:05.659097+00'))) order by cu.from_date, u.name;
select s.id, s.unit_id, u.name as unit_name, s.claimed_by, s.claimed_at, s.reason, s.serving_from, s.status,
       s.reviewed_by, s.reviewed_at, r.given_name, r.family_name, r.birth_date
  from serving_claim s
  join unit u on u.id = s.unit_id
  join child_registration r on r.id = s.registration_id
 where s.child_id = '14' and (s.unit_id = '15' or (exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '14' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '14' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:14:05.659493+00' and se.expires_at > '2026-12-03 21:14:05.659493+00'))) order by s.claimed_at desc, s.id desc;
COMMIT;

-- the pool's connection check (an empty query in the application)
select 1;

select access_log_append('[{"chain":13,"format":3,"content":"193b719e1d58f1815557af8dfde49b1f10f64a1266736fddda4de9183324f8c6","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"BASIC","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"124bffda5c7f3962c677dec6e99ecae3ee1feb540f1ea752600f5caabaf5f6fd","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"RELAY_LOG","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"5f23cc0aa1f8e94d6f1e53ddb75a5454cb6fd43ad332b2acb516593243ceefe7","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"HEALTH","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"d4a3b69fc40f145ca3b6b2840f91bd34c4eca99fbacb7f26144fa428709289ad","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"EDUCATION","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"CONSENT_REFUSED"},{"chain":13,"format":3,"content":"d19f8d6df1011a993449f673b6e52be8aab2e4fd28dcdd3338115c7df6fadbd5","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"PPT","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"cb0e85b6577d396acf3206d5c2da3b07d2853fc686eb97e9b6f93d259d3040c9","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"CHILD_WELFARE","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"b0f2c95afacb61e3c0a7e6c6fff3a4b0ab1d6fadc1cecd4708f2ac513367da30","occurred_at":"2026-12-03T21:14:05.654497Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"NAV","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"}]'::jsonb);

