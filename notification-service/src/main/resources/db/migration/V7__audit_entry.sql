-- The audit log of the access module (AuditLog, GET /audit): refused requests and unverifiable tokens. Rows are only
-- ever inserted.
create table audit_entry (
    id     bigint generated always as identity primary key,
    at     timestamptz  not null,
    actor  varchar(200) not null,
    action varchar(64)  not null,
    detail varchar(4000)
);

create index audit_entry_action on audit_entry (action, id);
