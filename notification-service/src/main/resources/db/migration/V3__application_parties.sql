-- Who applied for each application, learnt from IntakeDecided, so that the departments' events (which name no
-- applicant) can reach the applicant.

create table application_party (
    application_id        uuid primary key,
    applicant_credit_code char(18)     not null,
    project_name          varchar(200)
);
