-- Internal figures count measures evaluated on time and late. An evaluation moves the measure's evaluation date
-- when a next one is given, so the date the evaluation answered is kept on the evaluation itself.
alter table case_evaluation add column due_on date;

-- Earlier rows: only where the answer is certain. A next evaluation date must lie after the day it was given, so
-- when the measure's evaluation date is on or before its latest evaluation, that evaluation did not move it and
-- answered exactly that date. Other earlier rows stay without a due date and are not counted as on time or late.
update case_evaluation e set due_on = m.evaluate_on
  from case_measure m
 where m.id = e.measure_id
   and m.evaluate_on <= e.evaluated_on
   and e.id = (select max(l.id) from case_evaluation l where l.measure_id = e.measure_id);
