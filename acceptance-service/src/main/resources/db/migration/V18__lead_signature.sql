-- The lead center's signature: a complete round's consolidated decision waits in the lead's queue until signed (or
-- signed by the system after the city's working days, where it allows that); each decision says who signed it.
alter table section add column awaiting_signature_since timestamp with time zone;
alter table section add column sign_by date;
create index section_awaiting_signature on section (awaiting_signature_since) where status = 'AWAITING_SIGNATURE';
alter table section_decision add column signed_by varchar(200);
alter table section_decision add column signed_by_name varchar(200);
