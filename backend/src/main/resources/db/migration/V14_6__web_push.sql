-- Delivery: the browsers people have asked to get Web Push notifications in (issue 14, point 3). Versioned 14.6.

-- One row per browser subscription (the push service's endpoint is unique to it), with the keys the browser gave
-- (p256dh: its P-256 public key, auth: its 16-byte secret, both base64url). A browser that subscribes again, also for
-- another person signing in on it, keeps one row: the last person to subscribe in it gets the messages.
create table web_push_subscription (
    id           uuid primary key default gen_random_uuid(),
    person_id    uuid not null references person (id),
    endpoint     text not null unique,
    p256dh       text not null,
    auth         text not null,
    created_at   timestamptz not null,
    last_used_at timestamptz
);

create index web_push_subscription_person_idx on web_push_subscription (person_id);

-- The SQL API for the register extract: which browsers the person gets notifications in (no keys).
create view web_push_subscription_record as
    select person_id, endpoint, created_at, last_used_at from web_push_subscription;
