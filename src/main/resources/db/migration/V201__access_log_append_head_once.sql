-- A page that lists fifty children appends fifty rows in one call, nearly always to one chain (the employee's, V198).
-- The head of a chain is now locked and read once for each run of a chain's rows and written once at its end, not
-- read, locked and rewritten for every row: 67 rows (a first page of "Mine saker og frister") went from 5.6 ms to
-- 3.3 ms at 1.1 million children (docs/benchmarks.md). The rows, their hashes and the heads are the same as before.
-- The application sends a batch sorted by chain; a chain met again later in a batch is read again from the head
-- written when the batch left it, so the links hold in any order.
create or replace function access_log_append(entries jsonb) returns void language plpgsql as $$
declare
    e record;
    current_chain smallint;
    previous char(64);
    new_id bigint;
begin
    for e in select * from jsonb_to_recordset(entries) as x(
            chain smallint, format smallint, content char(64), occurred_at timestamptz, employee_id bigint,
            username text, roles text, unit_id bigint, child_id bigint, category text, object_type text,
            object_id bigint, action text, client text, outcome text, basis text, consent_id bigint,
            emergency_id bigint, emergency_reason text, reason_code text)
    loop
        if current_chain is distinct from e.chain then
            if current_chain is not null then
                update access_log_chain set last_id = new_id, last_hash = previous where chain = current_chain;
            end if;
            select last_hash into previous from access_log_chain where chain = e.chain for update;
            current_chain := e.chain;
        end if;
        insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category, object_type,
                                object_id, action, client, outcome, basis, consent_id, emergency_id, emergency_reason,
                                reason_code, previous_hash, hash, chain, format)
        values (e.occurred_at, e.employee_id, e.username, e.roles, e.unit_id, e.child_id, e.category, e.object_type,
                e.object_id, e.action, e.client, e.outcome, e.basis, e.consent_id, e.emergency_id, e.emergency_reason,
                e.reason_code, previous, encode(sha256(convert_to(previous || e.content, 'UTF8')), 'hex'), e.chain,
                coalesce(e.format, 2))
        returning id, hash into new_id, previous;
    end loop;
    if current_chain is not null then
        update access_log_chain set last_id = new_id, last_hash = previous where chain = current_chain;
    end if;
end;
$$;
