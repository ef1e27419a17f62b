-- The window officer's review (形式审查): a submission the automatic check found complete waits for an officer, until
-- review_by; a file the officer returned (its SHA-256) no longer counts as the material it was uploaded as.
alter table application add column review_by date;
alter table application add column returned_files jsonb not null default '[]';
create index application_awaiting_review on application (review_by) where status = 'AWAITING_REVIEW';
