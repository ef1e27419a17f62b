-- Applications for joint acceptance, their sections, and each department's inspection of each section per round.

create table application (
    id                        uuid primary key,
    status                    varchar(32)  not null,
    intake_outcome            varchar(32)  not null,
    submitted_at              timestamptz  not null,
    intake_accepted_on        date,
    due_date                  date,
    calendar_version          varchar(128),
    applicant_credit_code     char(18)     not null,
    applicant_name            varchar(200) not null,
    contact_name              varchar(100) not null,
    contact_phone             varchar(32)  not null,
    contact_email             varchar(254) not null,
    project_code              varchar(64)  not null,
    project_name              varchar(200) not null,
    project_address           varchar(300) not null,
    district                  char(6)      not null,
    project_use               varchar(100) not null,
    height_m                  numeric(8, 2) not null,
    floors_above_ground       integer      not null,
    floors_below_ground       integer      not null,
    gross_floor_area_m2       numeric(12, 2) not null,
    fire_category             varchar(16)  not null,
    civil_air_defense_works   boolean      not null,
    civil_air_defense_area_m2 numeric(12, 2),
    lightning_protection      boolean      not null
);

create index application_applicant on application (applicant_credit_code);
create index application_status on application (status, due_date);

create table section (
    id             uuid primary key,
    application_id uuid         not null references application (id),
    position       integer      not null,
    name           varchar(200) not null,
    buildings      jsonb        not null,
    floor_area_m2  numeric(12, 2) not null,
    status         varchar(32)  not null,
    round          integer      not null,
    unique (application_id, position)
);

create table section_inspection (
    id            uuid primary key,
    section_id    uuid         not null references section (id),
    department    varchar(64)  not null,
    round         integer      not null,
    mode          varchar(16)  not null,
    state         varchar(32)  not null,
    due_date      date,
    inspection_id uuid,
    inspector     varchar(100),
    inspected_on  date,
    reason        varchar(2000),
    findings      jsonb        not null default '[]',
    unique (section_id, department, round)
);

create table section_decision (
    id         uuid primary key,
    section_id uuid        not null references section (id),
    round      integer     not null,
    decision   varchar(32) not null,
    findings   jsonb       not null default '[]',
    reasons    jsonb       not null default '[]',
    decided_at timestamptz not null,
    unique (section_id, round)
);

-- Results that could not be applied (unknown application, old round, department not asked, second result): kept, never applied.
create table refused_result (
    id          bigint generated always as identity primary key,
    event_id    varchar(128) not null,
    application_id uuid,
    section_id  uuid,
    department  varchar(64),
    round       integer,
    reason      varchar(500) not null,
    received_at timestamptz  not null
);
