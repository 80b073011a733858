-- Children served in the whole country on a day, counted once a night (ChildRepository.servedCounts for the country):
-- counting every child_unit row took about 3-4 s at 1.1 million children (two million rows), above the 2 s a page of
-- internal figures may take. One municipality's figures are still counted live (tens of milliseconds).
create table served_snapshot (
    day      date        primary key,
    taken_at timestamptz not null
);

create table served_snapshot_count (
    day       date        not null references served_snapshot (day) on delete cascade,
    unit_type varchar(40) not null,
    band      varchar(20) not null,
    n         int         not null check (n >= 0),
    primary key (day, unit_type, band)
);
