-- The joint site visit (集中验收): the lead center's coordinator proposes one visit of a section for its round, every
-- department whose result is awaited confirms it or asks for another slot, and it is fixed when all have confirmed.
-- A new proposal supersedes the one before it; the superseded stay on record.
create table joint_visit (
    id uuid primary key,
    application_id uuid not null references application (id),
    section_id uuid not null references section (id),
    round integer not null,
    visit_date date not null,
    visit_time time not null,
    meeting_point varchar(500) not null,
    reason varchar(2000),
    departments jsonb not null,
    answers jsonb not null,
    proposed_by varchar(200) not null,
    proposed_by_name varchar(200),
    proposed_at timestamp with time zone not null,
    fixed_at timestamp with time zone,
    superseded_at timestamp with time zone
);
create unique index joint_visit_current on joint_visit (section_id, round) where superseded_at is null;
