-- The day the applicant was reminded that an owed material falls due (OwedMaterialDue); null until then. Once set,
-- the reminder is not sent again.

alter table owed_material add column reminded_on date;
