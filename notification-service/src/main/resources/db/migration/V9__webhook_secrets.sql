-- Webhook secrets as Standard Webhooks (https://www.standardwebhooks.com/) write them: "whsec_" and the HMAC-SHA256
-- key in standard base64. A webhook has one secret, or several while a rotation's overlap runs; every secret whose
-- overlap has not ended signs each call.
create table webhook_secret (
    id         bigint generated always as identity primary key,
    webhook_id uuid         not null references webhook_subscription (id) on delete cascade,
    -- the sender needs it in clear to sign: returned once, when it is made, and never shown again
    secret     varchar(100) not null,
    created_at timestamptz  not null,
    -- when it stops signing: null for the webhook's newest secret, the end of the overlap for one a rotation replaced
    retires_at timestamptz
);

create index webhook_secret_of_webhook on webhook_secret (webhook_id);

-- The secrets made before wrote the same 32-byte keys in URL-safe base64 without padding: each webhook keeps its key,
-- written again in the standard alphabet with its padding.
insert into webhook_secret (webhook_id, secret, created_at)
select id,
       'whsec_' || rpad(translate(substring(secret from 7), '-_', '+/'), (length(secret) - 6 + 3) / 4 * 4, '='),
       created_at
from webhook_subscription;

alter table webhook_subscription drop column secret;
