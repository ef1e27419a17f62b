-- The email channel: each applicant's contact for mail, every mail to send with its state, and what each recipient
-- chose (language, notices switched off per channel).

alter table application_party add column contact_email varchar(320);

-- Subjects come from the templates now, in either language, with project and section names: no fixed limit.
alter table notification alter column subject type text;

-- One delivery sequence per event, recipient and channel, recorded in the transaction that consumes the event and
-- worked off by the sender. due_at is when the next attempt is due; while SENDING it is when the sender's lease
-- ends, after which another sender takes the delivery over (the first one died mid-send).
create table delivery (
    id              uuid primary key,
    event_id        varchar(128) not null,
    event_type      varchar(128) not null,
    application_id  uuid,
    recipient       varchar(128) not null,
    channel         varchar(16)  not null,
    address         varchar(320) not null,
    language        varchar(8)   not null,
    subject         text         not null,
    body            text         not null,
    message_id      varchar(200) not null unique,
    status          varchar(16)  not null,
    attempts        integer      not null,
    due_at          timestamptz  not null,
    last_attempt_at timestamptz,
    last_error      varchar(1000),
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    replayed_by     varchar(100),
    replay_reason   varchar(2000),
    replayed_at     timestamptz,
    unique (event_id, recipient, channel)
);

create index delivery_unfinished on delivery (status, due_at) where status <> 'SENT';
create index delivery_application on delivery (application_id, created_at desc);
create index delivery_recipient on delivery (recipient, created_at desc);

create table recipient_language (
    recipient  varchar(128) primary key,
    language   varchar(8)   not null,
    chosen_at  timestamptz  not null
);

-- A row means: this recipient switched this event type off on this channel. No row: on.
create table switched_off_notice (
    recipient       varchar(128) not null,
    channel         varchar(16)  not null,
    event_type      varchar(128) not null,
    switched_off_at timestamptz  not null,
    primary key (recipient, channel, event_type)
);
