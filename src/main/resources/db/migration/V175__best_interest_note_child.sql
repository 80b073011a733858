-- The family's download of everything (innsyn, issue 12) reads a child's best-interest notes by child.
create index best_interest_note_child_idx on best_interest_note (child_id, written_at);
