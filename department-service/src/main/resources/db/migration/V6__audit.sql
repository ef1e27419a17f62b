-- The audit log of security-relevant acts (the access module's AuditLog): refused requests and unverifiable tokens.
-- Nothing updates or deletes an entry.

create table audit_entry (
    id      bigint         generated always as identity primary key,
    at      timestamptz    not null,
    actor   varchar(200)   not null,
    action  varchar(64)    not null,
    detail  varchar(4000)
);
