-- pgbench replay of one view of /children?q=Oliver%20Thomassen as ds-1-3, captured 2026-12-03 21:02 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 4 statements, 4 transactions or autocommit statements.
-- the pool's connection check (an empty query in the application)
select 1;

SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = 'fb476c3d-1ec8-4a47-a866-c8efe047831b';

select exists (select 1 from report where reporter_employee_id = '13'
   and (state = 'FAILED' or (state = 'RETRYING' and (attempts >= '3' or first_failure_at <= '2026-12-03 20:02:45.210386+00'))));

select count(*)::int from (select 1 from child c where (lower(c.family_name) like 'oliver thomassen%' or lower(c.given_name || ' ' || c.family_name) like 'oliver thomassen%') limit '1001') m;

