-- "Mine saker og frister" orders and limits before it asks the door (issue 14): each branch of its union walks
-- one of these in (due_on, id) order and stops at the list's limit. The employee index replaces
-- deadline_employee_idx (same rows, one more column).
create index deadline_mine_employee_idx on deadline (employee_id, due_on, id) where done_at is null;
create index deadline_mine_unit_idx on deadline (unit_id, due_on, id) where done_at is null and employee_id is null;
drop index deadline_employee_idx;
