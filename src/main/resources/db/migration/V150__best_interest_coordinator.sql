-- Appointing a child coordinator is a decision about the child and carries a best-interest note (issue 16).
alter table best_interest_note drop constraint best_interest_note_occasion_check;
alter table best_interest_note add constraint best_interest_note_occasion_check
    check (occasion in ('LEVEL_2', 'LEVEL_3', 'HANDOVER', 'CLOSE', 'REPORT', 'INVESTIGATION', 'COORDINATOR'));
