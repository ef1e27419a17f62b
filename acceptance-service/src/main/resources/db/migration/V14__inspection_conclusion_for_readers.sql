-- The name people read of the inspector who concluded a department's inspection, and whether a filing passed on its
-- documents alone, for the opinion; unknown (null, false) for results recorded before they were carried
ALTER TABLE section_inspection ADD COLUMN inspector_name TEXT;
ALTER TABLE section_inspection ADD COLUMN passed_on_filing BOOLEAN NOT NULL DEFAULT FALSE;
