-- pgbench replay of one view of /statistics/internal as oppvekst, captured 2026-12-03 10:26 UTC by scripts/pgbench-capture.py
-- from PostgreSQL's log (log_min_duration_statement = 0): 30 statements, 18 transactions or autocommit statements.
-- Removed by hand: one poll of the report outbox (BEGIN, select ... for update skip locked, COMMIT), a background job that ran during the page view.
-- the pool's connection check (an empty query in the application)
select 1;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '55300446-a0c6-4b5d-93c8-dc828f3d2ec7';
COMMIT;

with events as (
    select case when c.refused then 'REFUSED' else 'RECORDED' end as kind, u.type as unit_type,
           c.recorded_at as at
      from consent c join unit u on u.id = c.recorded_by_unit_id
     where c.recorded_at >= '2025-12-31 23:00:00+00' and c.recorded_at < '2026-12-31 23:00:00+00'
    union all
    select 'WITHDRAWN', u.type, c.withdrawn_at
      from consent c join unit u on u.id = c.recorded_by_unit_id
     where c.withdrawn_at >= '2025-12-31 23:00:00+00' and c.withdrawn_at < '2026-12-31 23:00:00+00'
)
select kind, unit_type, extract(quarter from at at time zone 'Europe/Oslo')::int as quarter,
       count(*)::int as n
  from events group by kind, unit_type, quarter;

-- the pool's connection check (an empty query in the application)
select 1;

select unit_type, band, count(*)::int as n from (
    select distinct u.type as unit_type, c.id,
           case when c.birth_date is null then 'UNKNOWN'
                when age('2026-12-03', c.birth_date) < interval '6 years' then 'AGE_0_5'
                when age('2026-12-03', c.birth_date) < interval '13 years' then 'AGE_6_12'
                when age('2026-12-03', c.birth_date) < interval '16 years' then 'AGE_13_15'
                when age('2026-12-03', c.birth_date) < interval '18 years' then 'AGE_16_17'
                else 'AGE_18_AND_OVER' end as band
      from child_unit cu join unit u on u.id = cu.unit_id join child c on c.id = cu.child_id
     where cu.from_date <= '2026-12-03' and (cu.to_date is null or cu.to_date >= '2026-12-03')
       and (c.birth_date is null or c.birth_date <= '2026-12-03')
) served group by unit_type, band;

SHOW TRANSACTION ISOLATION LEVEL;

SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL REPEATABLE READ;

BEGIN READ ONLY;
select x.level, u.type as unit_type, case when c.birth_date is null then 'UNKNOWN'
     when age(x.on_day, c.birth_date) < interval '6 years' then 'AGE_0_5'
     when age(x.on_day, c.birth_date) < interval '13 years' then 'AGE_6_12'
     when age(x.on_day, c.birth_date) < interval '16 years' then 'AGE_13_15'
     when age(x.on_day, c.birth_date) < interval '18 years' then 'AGE_16_17'
     else 'AGE_18_AND_OVER' end as band, count(*)::int as n
  from (select 0 as level, k.unit_id, k.child_id, k.written_on as on_day
          from concern k
         where k.written_on >= '2026-01-01' and k.written_on <= '2026-12-03'
        union all
        select coalesce((select l.to_level from case_level_change l
                          where l.case_id = r.id and l.changed_at < '2026-12-31 23:00:00+00'
                          order by l.changed_at desc, l.id desc limit 1), r.level),
               (select p.unit_id from case_participant p where p.case_id = r.id
                 order by p.added_at, p.id limit 1),
               r.child_id, (r.opened_at at time zone 'Europe/Oslo')::date
          from relay_case r
         where r.opened_at < '2026-12-31 23:00:00+00' and (r.closed_at is null or r.closed_at >= '2025-12-31 23:00:00+00')) x
  join unit u on u.id = x.unit_id
  join child c on c.id = x.child_id
 group by x.level, u.type, band;
select u.type as unit_type,
       case when fm.first_start is not null and fm.first_start <= '2026-12-03' then
                case when fm.first_start - k.written_on <= 14 then 'DAYS_0_14'
                     when fm.first_start - k.written_on <= 30 then 'DAYS_15_30'
                     when fm.first_start - k.written_on <= 90 then 'DAYS_31_90'
                     else 'DAYS_OVER_90' end
            when k.decision in ('CLOSE', 'REPORT') then 'ENDED_WITHOUT_MEASURE'
            else 'NO_MEASURE_YET' end as delay,
       count(*)::int as n
  from concern k
  join unit u on u.id = k.unit_id
  left join lateral (select min(m.starts_on) as first_start
                       from relay_case r join case_measure m on m.case_id = r.id
                      where r.id = k.case_id or r.concern_id = k.id) fm on true
 where k.written_on >= '2026-01-01' and k.written_on <= '2026-12-03'
 group by u.type, delay;
select u.type as unit_type, x.state, count(*)::int as n
  from (select coalesce(m.responsible_unit_id, e.unit_id) as unit_id,
               case when ev.evaluated_on <= ev.due_on then 'ON_TIME' else 'LATE' end as state
          from case_evaluation ev
          join case_measure m on m.id = ev.measure_id
          left join employee e on e.id = m.responsible_employee_id
         where ev.due_on >= '2026-01-01' and ev.due_on <= '2026-12-31'
        union all
        select coalesce(m.responsible_unit_id, e.unit_id), 'OVERDUE'
          from case_measure m
          join relay_case r on r.id = m.case_id
          left join employee e on e.id = m.responsible_employee_id
         where r.closed_at is null
           and m.evaluate_on >= '2026-01-01' and m.evaluate_on <= '2026-12-03' and m.evaluate_on < '2026-12-03'
           and not exists (select 1 from case_evaluation ev where ev.measure_id = m.id
                              and (ev.due_on = m.evaluate_on or ev.due_on is null))) x
  join unit u on u.id = x.unit_id
 group by u.type, x.state;
COMMIT;

-- the pool's connection check (an empty query in the application)
select 1;

-- the pool's connection check (an empty query in the application)
select 1;

-- the pool's connection check (an empty query in the application)
select 1;

SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED;

select u.type as unit_type, i.received_on, i.reviewed_on,
       (select min(l.sent_on) from report_letter l where l.inbox_id = i.id and l.kind = 'RECEIPT') as confirmed_on,
       i.review_decision = 'INVESTIGATION' as investigation, i.investigation_due, i.investigation_ended_on
  from report_inbox i
  join report r on r.id = i.report_id
  join unit u on u.id = r.reporter_unit_id
 where i.received_on >= '2026-01-01' and i.received_on <= '2026-12-03';

select occasion, child_heard, count(*) as n
  from best_interest_note
 where written_at >= '2025-12-31 23:00:00+00' and written_at < '2026-12-03 23:00:00+00'
 group by occasion, child_heard;

select u.type as unit_type, extract(quarter from a.answered_on)::int as quarter, a.heard, a.useful,
       count(*)::int as n
  from feedback_answer a join unit u on u.id = a.unit_id
 where a.answered_on >= '2026-01-01' and a.answered_on <= '2026-12-03'
 group by u.type, quarter, a.heard, a.useful;

BEGIN;
UPDATE SPRING_SESSION
SET SESSION_ID = '55300446-a0c6-4b5d-93c8-dc828f3d2ec7', LAST_ACCESS_TIME = '1796293552949', MAX_INACTIVE_INTERVAL = '1800', EXPIRY_TIME = '1796295352949', PRINCIPAL_NAME = 'oppvekst'
WHERE PRIMARY_ID = '08986b47-4742-42d1-864f-0cde12e00dd6';
COMMIT;

BEGIN;
SELECT S.PRIMARY_ID, S.SESSION_ID, S.CREATION_TIME, S.LAST_ACCESS_TIME, S.MAX_INACTIVE_INTERVAL, SA.ATTRIBUTE_NAME, SA.ATTRIBUTE_BYTES
FROM SPRING_SESSION S
LEFT JOIN SPRING_SESSION_ATTRIBUTES SA ON S.PRIMARY_ID = SA.SESSION_PRIMARY_ID
WHERE S.SESSION_ID = '55300446-a0c6-4b5d-93c8-dc828f3d2ec7';
COMMIT;

