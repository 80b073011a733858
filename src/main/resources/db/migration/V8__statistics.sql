-- Official indicators (SSB, FHI, Udir, Bufdir), imported from JSON-stat or CSV. Figures are stored under
-- the region number the source used; joining old and new numbers happens when a series is read.
create table indicator (
    id      bigint generated always as identity primary key,
    code    varchar(80)  not null unique,
    name    varchar(200) not null,
    unit    varchar(60)  not null,
    source  varchar(200) not null
);

create table indicator_value (
    indicator_id  bigint       not null references indicator (id),
    region_code   varchar(4)   not null,
    region_level  varchar(12)  not null check (region_level in ('MUNICIPALITY', 'COUNTY', 'COUNTRY')),
    period        varchar(9)   not null,
    -- null when the source publishes no figure, with a status saying why (SSB's ".." or ":")
    value         numeric      check (value >= 0),
    status        varchar(10),
    check (value is not null or status is not null),
    primary key (indicator_id, region_code, period)
);
