-- The in-app inbox: what each recipient has been told, once per event.

create table notification (
    id             uuid primary key,
    event_id       varchar(128) not null,
    event_type     varchar(128) not null,
    application_id uuid,
    recipient      varchar(128) not null,
    channel        varchar(16)  not null,
    subject        varchar(300) not null,
    body           text         not null,
    created_at     timestamptz  not null,
    read_at        timestamptz,
    unique (event_id, recipient, channel)
);

create index notification_recipient on notification (recipient, created_at desc);
