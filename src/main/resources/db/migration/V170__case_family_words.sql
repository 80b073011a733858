-- "Barnets stemme" (issue 12): the family's and the young person's own words in a case's relay log, written through
-- the family's door. Owned by casework, since the relay log is casework's. Who wrote is kept as the relation of the
-- login (GUARDIAN or YOUNG_PERSON) and the family_member row's id (no foreign key: the family module depends on
-- casework, not the other way round), never an identity number.
create table case_family_words (
    id                bigint generated always as identity primary key,
    case_id           bigint        not null references relay_case (id),
    written_as        varchar(15)   not null check (written_as in ('GUARDIAN', 'YOUNG_PERSON')),
    family_member_id  bigint        not null,
    text              varchar(2000) not null,
    written_at        timestamptz   not null
);
create index case_family_words_case_idx on case_family_words (case_id, written_at);
