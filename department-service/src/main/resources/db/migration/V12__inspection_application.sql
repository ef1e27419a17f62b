-- An application's inspections, found without reading every inspection the department ever filed: the inbox
-- filtered to one application, and the window's events about a whole application (withdrawn, marked a key project).
create index inspection_application on inspection (application_id);
