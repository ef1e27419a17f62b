-- What coordinators do: routing overrides, terminations, reopened sections with one more round allowed.

alter table section add column round_limit integer;
alter table application add column terminated_at timestamptz;
