-- Feedback invitations sent to the family's page in Laget (issue 12 item 6). A row says only "this invitation waits on
-- this child's page": the invitation itself still knows no child, and the answer still knows no invitation. The row is
-- deleted the moment the invitation is used, by the family's page or by the one-use link alike, so an answered
-- invitation is never linked to a child at rest. ref is the opaque id in the family's URL (no token there).
create table feedback_family_invitation (
    id             bigint generated always as identity primary key,
    ref            uuid   not null unique default gen_random_uuid(),
    invitation_id  bigint not null unique references feedback_invitation (id) on delete cascade,
    child_id       bigint not null references child (id)
);
create index feedback_family_invitation_child_idx on feedback_family_invitation (child_id);
