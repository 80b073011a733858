-- The family's door (issue 12): a guardian or young person who has signed in through ID-porten. The access log names
-- the row ("familie:<id>"), never the identity number.
create table family_member (
    id                  bigint generated always as identity primary key,
    identity_number     char(11)    not null unique,
    first_signed_in_at  timestamptz not null,
    last_signed_in_at   timestamptz not null
);

-- The family door finds a guardian's children by the guardian's number.
create index guardian_identity_number_idx on guardian (identity_number) where identity_number is not null;
