-- Records that belong to no child: a cooperation agreement's annual evaluation (nav) holds no child data, yet the
-- municipality must keep it. Such a record has no child_id; who may read it is the units it names, copied in when it is
-- archived (an agreement's parties, as the agreement's own rule says), in an insert-only table like the rest.
alter table archive_file alter column child_id drop not null;
alter table archive_record alter column child_id drop not null;

create table archive_record_reader_unit (
    record_id  bigint not null references archive_record (id),
    unit_id    bigint not null,
    primary key (record_id, unit_id)
);

create trigger archive_record_reader_unit_no_update before update or delete on archive_record_reader_unit
    for each row execute function archive_is_insert_only();
create trigger archive_record_reader_unit_no_truncate before truncate on archive_record_reader_unit
    for each statement execute function archive_is_insert_only();
