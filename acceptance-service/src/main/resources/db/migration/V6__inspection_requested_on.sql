-- When each department was asked, so that its working days per round can be measured.

alter table section_inspection add column requested_on date;

update section_inspection i set requested_on = a.intake_accepted_on
from section s join application a on a.id = s.application_id
where i.section_id = s.id and i.requested_on is null;
