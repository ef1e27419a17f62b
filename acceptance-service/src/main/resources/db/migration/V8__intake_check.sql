-- The one window's completeness check: an application is prepared as a draft, checked when submitted, and may be
-- accepted with non-key materials owed against a promised date. A rectification notice has a deadline.

alter table application alter column intake_outcome drop not null;
alter table application add column intake_reason varchar(2000);
alter table application add column missing_materials jsonb not null default '[]';

create table owed_material (
    id             uuid primary key,
    application_id uuid         not null references application (id),
    material_type  varchar(64)  not null,
    name           varchar(200) not null,
    promised_by    date         not null,
    supplied_on    date,
    material_id    uuid references material (id),
    unique (application_id, material_type)
);

alter table section add column rectify_by date;

-- A round's rectification notice may be followed by a rejection when its deadline passes unanswered.
alter table section_decision drop constraint section_decision_section_id_round_key;
alter table section_decision add constraint section_decision_once unique (section_id, round, decision);
