-- Which instance of the service applied each consumed event (messaging.instance): how the work spreads across replicas.

alter table consumed_event add column consumed_by varchar(64);
