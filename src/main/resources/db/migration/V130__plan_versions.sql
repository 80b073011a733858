-- Plans are edited in the pages and the API (issue 16): the plan, its areas, strategies and actions carry a
-- version for optimistic locking, so two people editing the same thing do not overwrite each other unseen.
-- A status update is not an edit of the action: it is kept in plan_action_status and does not change the version.
alter table plan add column version integer not null default 0;
alter table plan_area add column version integer not null default 0;
alter table plan_strategy add column version integer not null default 0;
alter table plan_action add column version integer not null default 0;

-- The actions a unit owns, across plans (the unit leader's list), in plan order.
drop index plan_action_owner_idx;
create index plan_action_owner_idx on plan_action (owner_unit_id, area_id);
