-- The joint site visit the lead center proposes for a section's round: the proposal on this department's inspection,
-- its inspector's answer (confirmed, or another slot asked with a reason), and when it was fixed. A new proposal
-- supersedes the one before it; the superseded stay on record.
create table joint_visit (
    id uuid primary key,
    inspection_id uuid not null references inspection (id),
    visit_date date not null,
    visit_time time not null,
    meeting_point varchar(500) not null,
    reason varchar(2000),
    previous_date date,
    previous_time time,
    proposed_by varchar(200),
    proposed_at timestamp with time zone not null,
    confirmed boolean,
    asked_date date,
    asked_time time,
    answer_reason varchar(2000),
    answered_by varchar(200),
    answered_at timestamp with time zone,
    fixed_at timestamp with time zone,
    superseded_at timestamp with time zone
);
create unique index joint_visit_current on joint_visit (inspection_id) where superseded_at is null;
