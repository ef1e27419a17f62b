-- The working-day calendar as data, the clock's pauses, warnings that fire once, and the audit of coordinators' acts.

create table calendar_year (
    year        integer primary key,
    version     varchar(32)  not null,
    arrangement text         not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(200) not null
);

create table clock_pause (
    id             uuid primary key,
    application_id uuid        not null references application (id),
    section_id     uuid        references section (id),
    kind           varchar(32) not null,
    started_on     date        not null,
    ended_on       date
);

create index clock_pause_application on clock_pause (application_id);

-- One row per warning that fired: the primary key makes each threshold fire once per clock, however many replicas.
create table clock_warning (
    clock_key  varchar(200) not null,
    level      varchar(16)  not null,
    fired_at   timestamptz  not null,
    primary key (clock_key, level)
);

create table audit_entry (
    id       bigint generated always as identity primary key,
    at       timestamptz  not null,
    actor    varchar(200) not null,
    action   varchar(64)  not null,
    detail   varchar(4000)
);
