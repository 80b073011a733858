-- The family's e-mail notices (issue 12, "the family's e-mails"): like NAV's "Du har fått en melding", an e-mail that
-- says only that something waits in Laget and where to log in. Owned by the family module.

-- A family member's address for notices. It gets notices only once confirmed by the one-use link sent to it: the
-- link's token is made when the confirmation e-mail is sent and only its SHA-256 is stored, with its expiry.
-- confirm_ref names the confirmation the latest save asked for (a new address asks for a new one). language is the
-- family door's language the member had chosen (a FamilyLanguage tag), which the notices are written in.
create table family_notice_address (
    family_member_id  bigint       primary key references family_member (id),
    email             varchar(254) not null,
    language          varchar(5)   not null,
    saved_at          timestamptz  not null,
    confirm_ref       uuid         not null,
    confirmed_at      timestamptz,
    token_hash        char(64)     unique,
    token_expires_at  timestamptz
);

-- The outbox. One row per member and thing that waits (a consent request's id, a feedback invitation's ref, or the
-- confirmation asked for), so each is noticed once however many nodes plan it. No address and no text: the address
-- is read when sending, from a confirmed family_notice_address, and the text is the same for everything, so several
-- notices for one member in one run make one e-mail (the others COVERED).
create table family_notice (
    id                bigint generated always as identity primary key,
    family_member_id  bigint       not null references family_member (id),
    kind              varchar(20)  not null check (kind in ('CONFIRM', 'CONSENT_REQUEST', 'FEEDBACK')),
    subject_ref       varchar(64)  not null,
    child_id          bigint,
    created_at        timestamptz  not null,
    status            varchar(10)  not null default 'PENDING'
                      check (status in ('PENDING', 'SENDING', 'SENT', 'COVERED', 'FAILED', 'CANCELLED')),
    attempts          int          not null default 0,
    next_attempt_at   timestamptz  not null,
    sent_at           timestamptz,
    unique (family_member_id, kind, subject_ref)
);
create index family_notice_waiting_idx on family_notice (next_attempt_at) where status in ('PENDING', 'SENDING');
