-- The inspector's workbench: what the request brought (declarations, materials), assignment,
-- checklists, site visits, special procedures, evidence files, immutable results and who did what.

alter table inspection
    add column declared             jsonb        not null default '[]',
    add column materials            jsonb        not null default '[]',
    add column requested_due_date   date,
    add column paused_working_days  integer      not null default 0,
    add column assignee             varchar(100),
    add column assigned_by          varchar(100),
    add column assigned_at          timestamptz,
    add column checklist_templates  jsonb        not null default '[]',
    add column spot_check_seed      bigint,
    add column spot_check_rate      numeric(5, 4),
    add column spot_check_drawn     boolean,
    add column result_id            uuid;

update inspection set requested_due_date = due_date;

create index inspection_district on inspection (district, due_date);
create index inspection_assignee on inspection (assignee, due_date);

-- The inspection's checklist: a copy of its department's template items, each marked pass / fail / not applicable.
create table checklist_item (
    id                  uuid primary key,
    inspection_id       uuid          not null references inspection (id),
    position            integer       not null,
    code                varchar(100)  not null,
    topic               varchar(200)  not null,
    title               varchar(300)  not null,
    key_item            boolean       not null,
    guidance            varchar(2000),
    mark                varchar(16),
    note                varchar(2000),
    marked_by           varchar(100),
    marked_at           timestamptz,
    finding             jsonb,
    earlier             jsonb,
    unique (inspection_id, code)
);

create index checklist_item_inspection on checklist_item (inspection_id, position);

-- Site visits: the current one has no superseded_at; rescheduling keeps the earlier ones.
create table site_visit (
    id              uuid primary key,
    inspection_id   uuid          not null references inspection (id),
    visit_date      date          not null,
    visit_time      time          not null,
    inspector       varchar(100)  not null,
    reason          varchar(2000),
    scheduled_at    timestamptz   not null,
    superseded_at   timestamptz
);

create index site_visit_inspection on site_visit (inspection_id, scheduled_at);
create unique index site_visit_current on site_visit (inspection_id) where superseded_at is null;

-- Special procedures (expert review, testing, hearing): their working days do not count on the clock.
create table special_procedure (
    id                      uuid primary key,
    inspection_id           uuid          not null references inspection (id),
    kind                    varchar(32)   not null,
    reason                  varchar(2000) not null,
    expected_working_days   integer       not null,
    expected_end            date,
    opened_on               date          not null,
    opened_by               varchar(100)  not null,
    opened_at               timestamptz   not null,
    closed_on               date,
    closed_by               varchar(100),
    closed_at               timestamptz,
    outcome                 varchar(2000),
    paused_working_days     integer
);

create index special_procedure_inspection on special_procedure (inspection_id, opened_at);
create unique index special_procedure_open on special_procedure (inspection_id) where closed_at is null;

-- Evidence files (photos, reports): the bytes stored once under their SHA-256 digest.
create table evidence_content (
    sha256      char(64)  primary key,
    content     bytea     not null,
    size        bigint    not null
);

create table evidence_file (
    id              uuid primary key,
    inspection_id   uuid          not null references inspection (id),
    sha256          char(64)      not null references evidence_content (sha256),
    name            varchar(255)  not null,
    media_type      varchar(100)  not null,
    size            bigint        not null,
    uploaded_by     varchar(100)  not null,
    uploaded_at     timestamptz   not null,
    unique (inspection_id, sha256)
);

-- Submitted results: never changed; a correction is a new row naming the one it replaces.
create table inspection_result (
    id                  uuid primary key,
    inspection_id       uuid          not null references inspection (id),
    result              varchar(16)   not null,
    inspector           varchar(100)  not null,
    inspected_on        date          not null,
    reason              varchar(2000),
    findings            jsonb         not null default '[]',
    corrects            uuid references inspection_result (id),
    correction_reason   varchar(2000),
    submitted_at        timestamptz   not null
);

create index inspection_result_inspection on inspection_result (inspection_id, submitted_at);

insert into inspection_result (id, inspection_id, result, inspector, inspected_on, reason, findings, submitted_at)
select gen_random_uuid(), id, result, coalesce(inspector, 'unknown'), coalesce(inspected_on, submitted_at::date),
       reason, findings, submitted_at
from inspection where state = 'SUBMITTED';

update inspection set result_id = r.id from inspection_result r where r.inspection_id = inspection.id;

-- Who did what on an inspection, oldest first.
create table inspection_activity (
    id              bigint generated always as identity primary key,
    inspection_id   uuid          not null references inspection (id),
    occurred_at     timestamptz   not null,
    actor           varchar(100)  not null,
    action          varchar(64)   not null,
    detail          varchar(4000)
);

create index inspection_activity_inspection on inspection_activity (inspection_id, id);
