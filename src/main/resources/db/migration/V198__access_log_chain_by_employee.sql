-- Format 3 (issue 14): an employee's rows go to the employee's chain (employee id mod 64), rows without an employee
-- (the family's door, scheduled work) to the child's. One request is one person's, so its append locks one chain
-- head whatever the number of children it names: a list page that shows 500 children used to lock all 64 heads and
-- made every other append wait. The hashes are format 2's; only the choice of chain differs, and the row says which
-- rule chose it. Rows of formats 1 and 2 keep verifying by their own rules.
create or replace function access_log_append(entries jsonb) returns void language plpgsql as $$
declare
    e record;
    previous char(64);
    next_hash char(64);
    new_id bigint;
begin
    for e in select * from jsonb_to_recordset(entries) as x(
            chain smallint, format smallint, content char(64), occurred_at timestamptz, employee_id bigint,
            username text, roles text, unit_id bigint, child_id bigint, category text, object_type text,
            object_id bigint, action text, client text, outcome text, basis text, consent_id bigint,
            emergency_id bigint, emergency_reason text, reason_code text)
    loop
        select last_hash into previous from access_log_chain where chain = e.chain for update;
        next_hash := encode(sha256(convert_to(previous || e.content, 'UTF8')), 'hex');
        insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category, object_type,
                                object_id, action, client, outcome, basis, consent_id, emergency_id, emergency_reason,
                                reason_code, previous_hash, hash, chain, format)
        values (e.occurred_at, e.employee_id, e.username, e.roles, e.unit_id, e.child_id, e.category, e.object_type,
                e.object_id, e.action, e.client, e.outcome, e.basis, e.consent_id, e.emergency_id, e.emergency_reason,
                e.reason_code, previous, next_hash, e.chain, coalesce(e.format, 2))
        returning id into new_id;
        update access_log_chain set last_id = new_id, last_hash = next_hash where chain = e.chain;
    end loop;
end;
$$;
