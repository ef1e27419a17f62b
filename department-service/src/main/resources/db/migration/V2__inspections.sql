-- This department's inspections: one per section and round it was asked to inspect.

create table inspection (
    id              uuid primary key,
    application_id  uuid         not null,
    section_id      uuid         not null,
    section_name    varchar(200) not null,
    round           integer      not null,
    mode            varchar(16)  not null,
    project_code    varchar(64),
    project_name    varchar(200),
    address         varchar(300),
    district        char(6),
    due_date        date,
    state           varchar(16)  not null,
    result          varchar(16),
    inspector       varchar(100),
    inspected_on    date,
    reason          varchar(2000),
    findings        jsonb        not null default '[]',
    requested_at    timestamptz  not null,
    submitted_at    timestamptz,
    unique (section_id, round)
);

create index inspection_inbox on inspection (state, due_date);
