-- Webhooks: one more channel of the deliveries. A recipient registers URLs; each notice becomes one delivery per
-- subscribed URL, signed with the subscription's secret when it is sent.

create table webhook_subscription (
    id          uuid primary key,
    recipient   varchar(128)  not null,
    url         varchar(2000) not null,
    -- the HMAC key of the signatures: the sender needs it in clear, so it is returned once, at registration, and
    -- never shown again
    secret      varchar(100)  not null,
    -- the event types it wants, comma-separated; empty: every notice of the recipient
    event_types varchar(2000) not null,
    created_at  timestamptz   not null,
    unique (recipient, url)
);

-- A delivery's address is the webhook's URL now, longer than a mailbox; a recipient with two webhooks gets two
-- deliveries of one event, still one per event, recipient, channel and address.
alter table delivery alter column address type varchar(2000);
alter table delivery drop constraint delivery_event_id_recipient_channel_key;
alter table delivery add constraint delivery_once unique (event_id, recipient, channel, address);

-- The live stream: every replica hears of each notification when it is committed, in commit order, and pushes it to
-- the clients following its recipient.
create function announce_notification() returns trigger language plpgsql as $$
begin
    perform pg_notify('notification_created', new.recipient || ' ' || new.id);
    return new;
end
$$;

create trigger notification_created after insert on notification
    for each row execute function announce_notification();

create index notification_unread on notification (recipient) where read_at is null;

-- The daily digest's view of the applications: which are open, when each is due, and what stops its clock (a
-- section's rectification notice, a department's special procedure), learnt from the events.
create table open_application (
    application_id uuid primary key,
    project_name   text,
    due_date       date        not null,
    closed_at      timestamptz
);

create table clock_pause (
    application_id uuid         not null,
    cause          varchar(100) not null,
    primary key (application_id, cause)
);

-- One digest per recipient and day, whatever the restarts and replicas: the row is written in the transaction that
-- tells the digest.
create table daily_digest (
    recipient  varchar(128) not null,
    day        date         not null,
    listed     integer      not null,
    created_at timestamptz  not null,
    primary key (recipient, day)
);

-- The calendar years a coordinator loaded in acceptance-service (CalendarYearLoaded), so that the digest goes out on
-- working days of the same calendar; the shipped years need no row.
create table calendar_year (
    year        integer primary key,
    version     varchar(32)  not null,
    arrangement text         not null,
    coordinator varchar(200),
    reason      varchar(2000),
    received_at timestamptz  not null
);
