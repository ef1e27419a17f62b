-- What the others were last told of the application's joint-stage clock (StageClockChanged): its state and due date.
-- A change is told once; null until the window accepts the application.
alter table application add column clock_state varchar(16);
alter table application add column clock_due_date date;
