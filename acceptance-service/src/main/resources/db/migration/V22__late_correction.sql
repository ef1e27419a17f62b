-- A department's correction that came after its round was decided waits for the lead center: its leader lets the
-- decision stand, or decides the round again with the corrected result, withdrawing the decisions, the opinion and
-- the filing that stood on the result corrected. What is withdrawn stays on record, saying when and why.
create table late_correction (
    id uuid primary key,
    section_id uuid not null references section (id),
    department varchar(64) not null,
    round integer not null,
    inspection_id uuid not null,
    result varchar(32) not null,
    inspector varchar(200),
    inspector_name varchar(200),
    inspected_on date,
    reason varchar(2000),
    findings jsonb not null,
    correction_reason varchar(2000),
    received_at timestamp with time zone not null,
    settlement varchar(16),
    settlement_reason varchar(2000),
    settled_by varchar(200),
    settled_by_name varchar(200),
    settled_at timestamp with time zone
);
create index late_correction_unsettled on late_correction (received_at) where settlement is null;

alter table section_decision add column withdrawn_at timestamp with time zone;
alter table section_decision add column withdrawn_reason varchar(2000);
alter table section_decision drop constraint section_decision_once;
create unique index section_decision_once on section_decision (section_id, round, decision) where withdrawn_at is null;

alter table joint_opinion add column withdrawn_at timestamp with time zone;
alter table joint_opinion add column withdrawn_reason varchar(2000);
alter table joint_opinion drop constraint joint_opinion_section_id_key;
create unique index joint_opinion_current on joint_opinion (section_id) where withdrawn_at is null;

alter table completion_filing add column withdrawn_at timestamp with time zone;
alter table completion_filing add column withdrawn_reason varchar(2000);
alter table completion_filing drop constraint completion_filing_application_id_key;
create unique index completion_filing_current on completion_filing (application_id) where withdrawn_at is null;
