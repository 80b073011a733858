-- 200,000 synthetic children at one school, for measuring "Mine saker og frister" and the child search at scale
-- (issue 14; figures in docs/benchmarks.md). Run it once with psql against a Laget database that has the demo data
-- (started with --spring.profiles.active=demo), then restart nothing: the pages read it at once.
--
--   psql -h localhost -p PORT -U postgres -d postgres -v ON_ERROR_STOP=1 -f scripts/dataset-200k.sql
--
-- The school is the demo's "Gimle skole" and everything is recorded by its teacher `laerer`, so logging in as
-- laerer shows the big lists. Synthetic only: given names "Skalabarn<n>", family names from the made-up list
-- below, no identity numbers (NULL), no guardians. Not idempotent: run it on a fresh demo database.
-- What it makes, in plain SQL (about a minute on 2 cores):
--   200,000 children served by the school since 2020-08-15;
--   100,000 consents (every second child; given by the young person, written), each granting HEALTH to all
--     health stations, valid from 2026-01-01 to a day spread over the next 2 years, and the consent-expiry
--     deadline that recording one makes (on the school, no one person; warned 30 days ahead);
--   ANALYZE of the tables touched.
\set ON_ERROR_STOP on
begin;

create temporary table scale_at on commit drop as
select u.id as unit_id, e.id as employee_id
  from unit u join employee e on e.unit_id = u.id
 where u.name = 'Gimle skole' and e.username = 'laerer';

do $$ begin
    if (select count(*) from scale_at) <> 1 then
        raise exception 'No demo school "Gimle skole" with the teacher laerer: start Laget with the demo profile first';
    end if;
end $$;

create temporary table scale_child on commit drop as
with names as (
    select array['Aasvik', 'Bergsund', 'Dalheim', 'Eikrem', 'Fjellvang', 'Granli', 'Haugsnes', 'Isdal', 'Jordet',
                 'Kvammen', 'Lindeberg', 'Myrvold', 'Nesheim', 'Ormset', 'Prestvik', 'Rognli', 'Solbakk',
                 'Tangen', 'Utsikt', 'Vassbotn', 'Yttervik', 'Aamot', 'Bakkerud', 'Dyrnes', 'Engeland',
                 'Furuheim', 'Gjerstad', 'Holtet', 'Innset', 'Juvet', 'Kleiva', 'Lunde', 'Moen', 'Nordli',
                 'Oppheim', 'Rindal', 'Sletta', 'Tveit', 'Vollan', 'Ovrebo'] as family)
select g,
       'Skalabarn' || g as given_name,
       names.family[1 + g % 40] || case when g % 3 = 0 then '' else 'skala' || (g % 7) end as family_name,
       date '2009-01-01' + (g % 4000) as birth_date
  from generate_series(1, 200000) g, names;

with kids as (
    insert into child (given_name, family_name, birth_date, registered_by_unit_id, created_at, updated_at)
    select given_name, family_name, birth_date, (select unit_id from scale_at), now(), now()
      from scale_child order by g
    returning id)
insert into child_unit (child_id, unit_id, from_date)
select id, (select unit_id from scale_at), date '2020-08-15' from kids;

create temporary table scale_consent on commit drop as
select c.id as child_id, date '2026-01-01' + ((c.id * 7919) % 730)::int + 30 as valid_to
  from child c
 where c.given_name like 'Skalabarn%' and c.registered_by_unit_id = (select unit_id from scale_at) and c.id % 2 = 0;

with consents as (
    insert into consent (child_id, given_by, form, purpose, valid_from, valid_to, recorded_by, recorded_by_unit_id,
                         recorded_at)
    select child_id, 'YOUNG_PERSON', 'WRITTEN', 'Syntetisk samtykke (skala)', date '2026-01-01', valid_to,
           (select employee_id from scale_at), (select unit_id from scale_at), now()
      from scale_consent
    returning id, child_id, valid_to),
grants as (
    insert into consent_grant (consent_id, category, receiver_unit_type)
    select id, 'HEALTH', 'HEALTH_STATION' from consents
    returning consent_id)
insert into deadline (kind, source_type, source_id, child_id, unit_id, employee_id, due_on, warn_on, link, created_at)
select 'CONSENT_EXPIRY', 'consent', id, child_id, (select unit_id from scale_at), null, valid_to, valid_to - 30,
       '/children/' || child_id || '/consents', now()
  from consents;

commit;

analyze child;
analyze child_unit;
analyze consent;
analyze consent_grant;
analyze deadline;

select (select count(*) from child) as children, (select count(*) from consent) as consents,
       (select count(*) from deadline where done_at is null) as open_deadlines;
