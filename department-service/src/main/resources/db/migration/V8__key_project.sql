-- The green channel: a key project's inspections come first in the inbox, with the shorter due date.
alter table inspection add column key_project boolean not null default false;
