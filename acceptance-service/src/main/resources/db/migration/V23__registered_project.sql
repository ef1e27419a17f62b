-- A project is registered once, by its construction permit's project code (unique in the city this window serves),
-- and belongs to the firm that registered it; its attributes are versioned. Its sections are declared on it, each
-- applied for when finished, in applications months or years apart; the overall filing (整体备案) is the project's,
-- issued once every declared section is accepted.
--
-- An application is linked to its project, and each of its sections to the project's section of the same name, when it
-- is submitted; a draft is not yet.
--
-- Existing data moves over: each project code submitted becomes a registered project, owned by the firm of its earliest
-- application, with the attributes of its latest; each distinct section name of its applications a declared section;
-- each application and section is linked to them. A filing made before for one application stays that application's
-- (overall = false), except where it covers every section of the project: then it is the project's overall filing.

create table project (
    id                        uuid primary key,
    owner_credit_code         char(18)     not null,
    owner_name                varchar(200) not null,
    version                   integer      not null,
    registered_at             timestamptz  not null,
    filing_number             varchar(64),
    project_code              varchar(64)  not null,
    project_name              varchar(200) not null,
    project_address           varchar(300) not null,
    district                  char(6)      not null,
    project_use               varchar(100) not null,
    height_m                  numeric(8, 2) not null,
    floors_above_ground       integer      not null,
    floors_below_ground       integer      not null,
    gross_floor_area_m2       numeric(12, 2) not null,
    fire_category             varchar(16)  not null,
    civil_air_defense_works   boolean      not null,
    civil_air_defense_area_m2 numeric(12, 2),
    lightning_protection      boolean      not null,
    unique (project_code)
);

create index project_owner on project (owner_credit_code);

-- Each version of a project's attributes as they were declared: who changed them, when, and why.
create table project_version (
    project_id                uuid         not null references project (id),
    version                   integer      not null,
    occasion                  varchar(16)  not null,
    changed_at                timestamptz  not null,
    changed_by                varchar(200) not null,
    reason                    varchar(2000) not null,
    project_code              varchar(64)  not null,
    project_name              varchar(200) not null,
    project_address           varchar(300) not null,
    district                  char(6)      not null,
    project_use               varchar(100) not null,
    height_m                  numeric(8, 2) not null,
    floors_above_ground       integer      not null,
    floors_below_ground       integer      not null,
    gross_floor_area_m2       numeric(12, 2) not null,
    fire_category             varchar(16)  not null,
    civil_air_defense_works   boolean      not null,
    civil_air_defense_area_m2 numeric(12, 2),
    lightning_protection      boolean      not null,
    primary key (project_id, version)
);

create table project_section (
    id          uuid primary key,
    project_id  uuid         not null references project (id),
    position    integer      not null,
    name        varchar(200) not null,
    declared_at timestamptz  not null,
    unique (project_id, position),
    unique (project_id, name)
);

insert into project (id, owner_credit_code, owner_name, version, registered_at, project_code, project_name, project_address, district, project_use, height_m, floors_above_ground,
        floors_below_ground, gross_floor_area_m2, fire_category, civil_air_defense_works, civil_air_defense_area_m2,
        lightning_protection)
select distinct on (latest.project_code) gen_random_uuid(),
       first_value(latest.applicant_credit_code) over earliest, first_value(latest.applicant_name) over earliest,
       1, min(latest.submitted_at) over (partition by latest.project_code), latest.project_code, latest.project_name,
       latest.project_address, latest.district, latest.project_use, latest.height_m, latest.floors_above_ground,
       latest.floors_below_ground, latest.gross_floor_area_m2, latest.fire_category, latest.civil_air_defense_works,
       latest.civil_air_defense_area_m2, latest.lightning_protection
from application latest
where latest.status <> 'DRAFT'
window earliest as (partition by latest.project_code order by latest.submitted_at, latest.id
                    rows between unbounded preceding and unbounded following)
order by latest.project_code, latest.submitted_at desc, latest.id;

insert into project_version (project_id, version, occasion, changed_at, changed_by, reason, project_code, project_name, project_address, district, project_use, height_m, floors_above_ground,
        floors_below_ground, gross_floor_area_m2, fire_category, civil_air_defense_works, civil_air_defense_area_m2,
        lightning_protection)
select id, 1, 'MIGRATED', registered_at, 'migration', 'Registered from the applications made before projects were registered',
       project_code, project_name, project_address, district, project_use, height_m, floors_above_ground,
        floors_below_ground, gross_floor_area_m2, fire_category, civil_air_defense_works, civil_air_defense_area_m2,
        lightning_protection
from project;

insert into project_section (id, project_id, position, name, declared_at)
select gen_random_uuid(), named.project_id,
       row_number() over (partition by named.project_id order by named.first_submitted, named.first_position,
           named.name),
       named.name, named.first_submitted
from (select p.id as project_id, s.name, min(a.submitted_at) as first_submitted, min(s.position) as first_position
      from section s
      join application a on a.id = s.application_id
      join project p on p.project_code = a.project_code
      where a.status <> 'DRAFT'
      group by p.id, s.name) named;

alter table application add column project_id uuid references project (id);
update application a set project_id = p.id from project p where p.project_code = a.project_code and a.status <> 'DRAFT';
create index application_project on application (project_id);

alter table section add column project_section_id uuid references project_section (id);
update section s set project_section_id = ps.id
from application a, project_section ps
where a.id = s.application_id and ps.project_id = a.project_id and ps.name = s.name;
create index section_project_section on section (project_section_id);

-- A filing lists each section it covers, with its opinion's number and day and the application it was accepted in.
alter table completion_filing add column project_id uuid references project (id);
alter table completion_filing add column overall boolean not null default false;
alter table completion_filing add column sections jsonb not null default '[]';
alter table completion_filing alter column application_id drop not null;

update completion_filing f set project_id = a.project_id from application a where a.id = f.application_id;
update completion_filing f set sections = coalesce((
    select jsonb_agg(jsonb_build_object('section', s.name, 'opinion', o.number,
               'issuedOn', (o.issued_at at time zone 'Asia/Shanghai')::date, 'application', a.number)
           order by s.position)
    from joint_opinion o
    join section s on s.id = o.section_id
    join application a on a.id = s.application_id
    where f.opinions ? o.number), '[]');

update completion_filing f set overall = true
where f.number in (
    select distinct on (covering.project_id) covering.number
    from completion_filing covering
    where covering.withdrawn_at is null
      and jsonb_array_length(covering.sections)
          = (select count(*) from project_section ps where ps.project_id = covering.project_id)
    order by covering.project_id, covering.issued_at desc);

update project p set filing_number = f.number
from completion_filing f where f.project_id = p.id and f.overall and f.withdrawn_at is null;

alter table completion_filing alter column project_id set not null;
alter table completion_filing drop column opinions;
drop index completion_filing_current;
create unique index completion_filing_current on completion_filing (project_id) where withdrawn_at is null and overall;
create index completion_filing_application on completion_filing (application_id);
