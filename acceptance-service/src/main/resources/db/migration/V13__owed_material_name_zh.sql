-- The Chinese name of an owed material, for the notices that remind of it; null for those owed before it was kept
ALTER TABLE owed_material ADD COLUMN name_zh TEXT;
