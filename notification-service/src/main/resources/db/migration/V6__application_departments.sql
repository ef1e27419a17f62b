-- The departments asked to inspect each section of an application, learnt from InspectionRequested and forgotten
-- when a coordinator withdraws one (RoutingChanged), so that the end of an application (ApplicationTerminated, which
-- names no department) reaches every department still working on it.

create table application_department (
    application_id uuid        not null,
    section_id     uuid        not null,
    department     varchar(64) not null,
    primary key (application_id, section_id, department)
);
