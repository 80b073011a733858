-- The node running an extract job writes a heartbeat while it works. A RUNNING job whose heartbeat is older than the
-- lease (laget.archive.extract-lease, default 5 minutes) was left by a node that died or was stopped: it is marked
-- FAILED with a message saying so, at start and whenever the administrator's pages or a new job ask.
alter table archive_extract_job add column heartbeat_at timestamptz;
update archive_extract_job set heartbeat_at = coalesce(finished_at, started_at);
alter table archive_extract_job alter column heartbeat_at set not null;
