-- The green channel (绿色通道): a coordinator marks an application as a key project (重点项目), with the reason.
alter table application add column key_project boolean not null default false;
alter table application add column key_project_reason varchar(2000);
