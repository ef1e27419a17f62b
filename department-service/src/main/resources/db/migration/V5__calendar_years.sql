-- The years of the official calendar that a coordinator loaded in acceptance-service (CalendarYearLoaded), each in
-- the latest version received; they overlay the years shipped with the service.

create table calendar_year (
    year         integer       primary key,
    version      varchar(32)   not null,
    arrangement  text          not null,
    coordinator  varchar(200),
    reason       varchar(2000),
    received_at  timestamptz   not null
);
