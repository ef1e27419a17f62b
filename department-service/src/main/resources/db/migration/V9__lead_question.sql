-- The lead center's question about a submitted result, until the department answers it or corrects the result.
alter table inspection add column lead_question varchar(2000);
alter table inspection add column questioned_by varchar(200);
alter table inspection add column questioned_at timestamp with time zone;
