-- Internal figures per municipality (issue 14): each figure source starts from the municipality's units and finds
-- their rows by index, so one municipality's figures cost what its own rows cost, not what the country's do.
-- Consents recorded and withdrawn by a unit (ConsentRepository.countsByQuarter).
create index consent_recorded_unit_idx on consent (recorded_by_unit_id, recorded_at) include (refused);
create index consent_withdrawn_unit_idx on consent (recorded_by_unit_id, withdrawn_at) where withdrawn_at is not null;
-- The cases a unit ever took part in, removed participants too (a case counts where its first participant's unit is,
-- CaseworkFigures.levels); case_participant_unit_idx covers only participants not removed.
create index case_participant_unit_all_idx on case_participant (unit_id, case_id);
-- Children served by a unit on a day (ChildRepository.servedCounts): an index-only scan from the municipality's
-- units; child_unit_unit_idx (unit_id, child_id) leaves the days in the table, so the planner read all of child_unit.
create index child_unit_unit_day_idx on child_unit (unit_id) include (child_id, from_date, to_date);
