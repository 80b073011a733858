-- pgbench replay of one view of /children/14 as ds-1-3, captured 2026-12-03 21:02 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 12 statements, 6 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = 'fb476c3d-1ec8-4a47-a866-c8efe047831b';

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 20:02:41.090822+00'))));

BEGIN READ ONLY;
with d as (
    select q.category, q.action, b.basis, b.consent_id, b.emergency_id
      from unnest(cast('{CHILD_WELFARE,NAV,RELAY_LOG,CHILD_WELFARE,HEALTH,BASIC,BASIC,PPT,EDUCATION}' as varchar[]), cast('{READ,READ,READ,WRITE,READ,WRITE,READ,READ,READ}' as varchar[])) as q(category, action)
      left join lateral access_basis('14', '13', '15', cast('{EMPLOYEE}' as varchar[]), q.category,
                                     q.action, '2026-12-03', '2026-12-03 21:02:41.091514+00') b on true)
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
               and se.started_at <= '2026-12-03 21:02:41.094742+00' and se.expires_at > '2026-12-03 21:02:41.094742+00'))          then address end as address
from child where id = '14';
select id, child_id, name, parental_responsibility, (recorded_by_unit_id = '15' or(exists (select 1
           from consent sc
           join consent_grant sg on sg.consent_id = sc.id
           join unit su on su.id = '15'
          where sc.child_id = '14' and consent_grant_live(sc, sg, '2026-12-03')
            and sg.category = 'BASIC' and (sg.receiver_unit_id = '15' or sg.receiver_unit_type = su.type))
 or exists (select 1 from emergency_access se
             where se.child_id = '14' and se.employee_id = '13'
               and se.started_at <= '2026-12-03 21:02:41.095192+00' and se.expires_at > '2026-12-03 21:02:41.095192+00'))     ) as visible, identity_number, phone, email
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
               and se.started_at <= '2026-12-03 21:02:41.095453+00' and se.expires_at > '2026-12-03 21:02:41.095453+00'))) order by cu.from_date, u.name;
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
               and se.started_at <= '2026-12-03 21:02:41.095789+00' and se.expires_at > '2026-12-03 21:02:41.095789+00'))) order by s.claimed_at desc, s.id desc;
COMMIT;

-- the pool's connection check (an empty query in the application)
select 1;

select access_log_append('[{"chain":13,"format":3,"content":"4493c493e7746e4227d1581a5f6b5bff41d565892dfdb238db51c1ce9c172fd3","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"BASIC","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"e8461727dc0e26de59790a874144a47007b3c0c0ca705487e7c4c2d527c9c88f","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"RELAY_LOG","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"cacf7d684220a7ce14585490537c008900e46507c9ca6bbe5548794a84ada6e1","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"HEALTH","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null},{"chain":13,"format":3,"content":"658ea14a28f4e689d18572f3d4ff846b2fd6fad4bd249b3e7eca80cee1b65e5c","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"EDUCATION","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"CONSENT_REFUSED"},{"chain":13,"format":3,"content":"ec7f6b221402d9174e07ee04ac5c10da0721464db0e0f6ed11029e7355d2fb75","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"PPT","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"0cb38b5692f5fc51d25858bef847aa50ad84b0c2fe748b8e5c8fdf45777b36cc","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"CHILD_WELFARE","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"},{"chain":13,"format":3,"content":"7671eed6b9c41e8be562ef5b2e206d5e74426cc0aa00261ae941cf13c6f06721","occurred_at":"2026-12-03T21:02:41.091513Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"NAV","object_type":"child","object_id":14,"action":"READ","client":"PAGE","outcome":"DENIED","basis":null,"consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":"NO_CONSENT"}]'::jsonb);

