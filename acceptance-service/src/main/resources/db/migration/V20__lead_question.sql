-- The lead center's leader returns a decision to a department with a question about its result: the department's cell
-- holds the question until the department answers it (or corrects its result), and the answer after.
alter table section_inspection add column question varchar(2000);
alter table section_inspection add column answer varchar(2000);
