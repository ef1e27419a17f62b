-- The digest reads each application's clock as acceptance-service tells it (StageClockChanged) instead of counting
-- pauses and closings of its own: one state per application replaces the pauses and the closing time.
alter table open_application add column clock_state varchar(16) not null default 'RUNNING';

update open_application a set clock_state = case
    when closed_at is not null then 'CLOSED'
    when exists (select 1 from clock_pause p where p.application_id = a.application_id) then 'PAUSED'
    else 'RUNNING' end;

alter table open_application alter column clock_state drop default;
alter table open_application drop column closed_at;
drop table clock_pause;
