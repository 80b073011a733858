-- pgbench replay of one view of /children?q=Oliver%20Thomassen%2018.11.2014 as ds-1-3, captured 2026-12-03 21:14 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 6 statements, 6 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '3e532d55-a8e2-4844-a54f-8232a7aad03a';

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 20:14:09.814693+00'))));

select m.id, m.given_name, m.family_name, m.birth_date,
       access.basis, access.consent_id, access.emergency_id
  from (select c.id, c.given_name, c.family_name, c.birth_date,
               lower(c.family_name) as family_key, lower(c.given_name) as given_key
          from child c
         where c.birth_date = '2014-11-18' and (lower(c.family_name) like 'oliver thomassen%' or lower(c.given_name || ' ' || c.family_name) like 'oliver thomassen%')
         order by family_key, given_key, c.id) m
 cross join lateral access_basis(m.id, '13', '15', cast('{EMPLOYEE}' as varchar[]), 'BASIC', 'READ', '2026-12-03', '2026-12-03 21:14:09.816416+00') access
order by m.family_key, m.given_key, m.id
limit '51' offset '0';

-- the pool's connection check (an empty query in the application)
select 1;

select access_log_append('[{"chain":13,"format":3,"content":"6aca648180ea3a57b28bbc78595417e128f8c4aff3d21c51f89ef9366ddcc5b6","occurred_at":"2026-12-03T21:14:09.822941Z","employee_id":13,"username":"ds-1-3","roles":"EMPLOYEE","unit_id":15,"child_id":14,"category":"BASIC","object_type":"child_search","object_id":14,"action":"READ","client":"PAGE","outcome":"ALLOWED","basis":"OWN_SERVICE","consent_id":null,"emergency_id":null,"emergency_reason":null,"reason_code":null}]'::jsonb);

