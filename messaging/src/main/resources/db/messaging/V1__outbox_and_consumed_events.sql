-- Shared by every service (each in its own database): the transactional outbox and the record of consumed events.
-- Service migrations start at V2.

create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid         not null unique,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(64)  not null,
    event_type     varchar(128) not null,
    payload        text         not null,
    occurred_at    timestamptz  not null,
    published_at   timestamptz
);

create index outbox_event_unpublished on outbox_event (id) where published_at is null;

create table consumed_event (
    event_id    varchar(128) primary key,
    event_type  varchar(128) not null,
    source      varchar(256) not null,
    consumed_at timestamptz  not null
);
