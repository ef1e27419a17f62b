-- The application's number and its lookup code, given when the window accepts it and printed on the intake receipt:
-- with both, anyone may look up the application's stage (GET /status). Applications accepted earlier have neither.
create sequence application_number_seq;
alter table application add column number varchar(40) unique;
alter table application add column lookup_code varchar(16);
