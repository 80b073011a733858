-- Failed logins, for throttling per account and per address. Both keys are SHA-256 hashes:
-- people sometimes type their password into the username field, and addresses are personal data.
create table login_failure (
    id           bigint generated always as identity primary key,
    account_key  char(64)    not null,
    address_key  char(64)    not null,
    failed_at    timestamptz not null
);
create index login_failure_account_idx on login_failure (account_key, failed_at);
create index login_failure_address_idx on login_failure (address_key, failed_at);
