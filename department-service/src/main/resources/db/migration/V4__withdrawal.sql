-- An inspection the lead coordinator withdrew, or whose application was terminated: why, and nothing more is done.

alter table inspection add column withdrawn_reason varchar(2000);
