-- When a consent a unit of an open case stood on for the relay log was withdrawn: the case stays open and its page
-- says so to those who can still read it.
alter table relay_case add column consent_withdrawn_at timestamptz;
