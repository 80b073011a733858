-- "Mine saker og frister" and the case list at national scale (issue 14). With 55,000 open cases (1.1 million
-- children) the user's own cases and measures were found by reading every open case and every measure: 5-9 ms for
-- each section of every page. Each list now asks an index for what rests on the user.
create index relay_case_holder_open_idx on relay_case (holder_employee_id) where closed_at is null;
create index case_measure_employee_idx on case_measure (responsible_employee_id)
    where responsible_employee_id is not null;
create index case_measure_unit_idx on case_measure (responsible_unit_id) where responsible_employee_id is null;
