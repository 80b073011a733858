-- The internal figures name each case's first participant (casework.internal.CaseworkFigures.levels: order by
-- added_at, id limit 1, removed or not). The only index on case_id was partial (removed_at is null), which that
-- subquery cannot use, so every case read the whole participant table: 11.9 s at 200,000 children, 0.3 s with this
-- index (docs/benchmarks.md, "pgbench replay ... and the internal figures").
create index case_participant_first_idx on case_participant (case_id, added_at, id);
