-- Materials (content-addressed), rectifications, the timeline, joint opinions and completion filings.

create table material_content (
    sha256  char(64) primary key,
    content bytea    not null,
    size    bigint   not null
);

create table material (
    id             uuid primary key,
    application_id uuid         not null references application (id),
    sha256         char(64)     not null references material_content (sha256),
    material_type  varchar(64)  not null,
    name           varchar(255) not null,
    media_type     varchar(100) not null,
    size           bigint       not null,
    uploaded_at    timestamptz  not null
);

create index material_application on material (application_id);

create table rectification (
    id           uuid primary key,
    section_id   uuid        not null references section (id),
    round        integer     not null,
    answers      jsonb       not null,
    submitted_at timestamptz not null,
    unique (section_id, round)
);

create table timeline_entry (
    id             bigint generated always as identity primary key,
    application_id uuid         not null references application (id),
    section_id     uuid,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    action         varchar(64)  not null,
    detail         varchar(4000),
    event_id       varchar(128)
);

create index timeline_application on timeline_entry (application_id, id);

create sequence opinion_number_seq;
create sequence filing_number_seq;

create table joint_opinion (
    number          varchar(64) primary key,
    section_id      uuid        not null unique references section (id),
    content         text        not null,
    digest          char(64)    not null,
    previous_digest char(64),
    issued_at       timestamptz not null
);

create table completion_filing (
    number         varchar(64) primary key,
    application_id uuid        not null unique references application (id),
    opinions       jsonb       not null,
    issued_at      timestamptz not null
);

alter table application add column terminated_reason varchar(2000);
