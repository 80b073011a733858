-- The access log is chained per shard of children instead of as one chain (issue 14): appends for different
-- children no longer wait for each other. A child's rows (or, without a child, an employee's) always go to chain
-- (id mod 64), so each chain keeps one order. Every row of a chain links to the chain's previous row; the chain's
-- head (access_log_chain) holds its last hash, so removing a chain's last rows is found too.
-- Format 1 rows (before this migration, all in chain 0): hash = sha256(previous | fields).
-- Format 2 rows: hash = sha256(previous_hash || sha256(fields)), linked inside the database in one statement.
alter table access_log add column chain smallint not null default 0,
                       add column format smallint not null default 1;

create table access_log_chain (
    chain     smallint primary key check (chain between 0 and 63),
    last_id   bigint,
    last_hash char(64) not null
);
insert into access_log_chain (chain, last_id, last_hash)
select g, null, repeat('0', 64) from generate_series(0, 63) g;
update access_log_chain
   set last_id = (select max(id) from access_log),
       last_hash = (select hash from access_log order by id desc limit 1)
 where chain = 0 and exists (select 1 from access_log);

create index access_log_chain_order_idx on access_log (chain, id);

-- Appends a batch: the rows come sorted by chain, so two batches lock their chains in the same order and cannot
-- deadlock. A chain's head row is locked from its first row of the batch to the end of the statement's
-- transaction; the application calls this as a statement of its own (autocommit), so no lock outlives it.
create function access_log_append(entries jsonb) returns void language plpgsql as $$
declare
    e record;
    previous char(64);
    next_hash char(64);
    new_id bigint;
begin
    for e in select * from jsonb_to_recordset(entries) as x(
            chain smallint, content char(64), occurred_at timestamptz, employee_id bigint, username text, roles text,
            unit_id bigint, child_id bigint, category text, object_type text, object_id bigint, action text,
            client text, outcome text, basis text, consent_id bigint, emergency_id bigint, emergency_reason text,
            reason_code text)
    loop
        select last_hash into previous from access_log_chain where chain = e.chain for update;
        next_hash := encode(sha256(convert_to(previous || e.content, 'UTF8')), 'hex');
        insert into access_log (occurred_at, employee_id, username, roles, unit_id, child_id, category, object_type,
                                object_id, action, client, outcome, basis, consent_id, emergency_id, emergency_reason,
                                reason_code, previous_hash, hash, chain, format)
        values (e.occurred_at, e.employee_id, e.username, e.roles, e.unit_id, e.child_id, e.category, e.object_type,
                e.object_id, e.action, e.client, e.outcome, e.basis, e.consent_id, e.emergency_id, e.emergency_reason,
                e.reason_code, previous, next_hash, e.chain, 2)
        returning id into new_id;
        update access_log_chain set last_id = new_id, last_hash = next_hash where chain = e.chain;
    end loop;
end;
$$;
