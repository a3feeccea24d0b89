-- Delivery: the in-app notification store and the outbox the channels send from. Written only by the delivery module.

-- Messages to one person, shown in the hub; read_at is set when the person marks it read.
create table notification (
    id           uuid primary key default gen_random_uuid(),
    recipient_id uuid not null references person (id),
    kind         text not null,
    title        text not null,
    body         text not null,
    link         text,
    post_id      uuid references post (id),
    created_at   timestamptz not null,
    read_at      timestamptz
);

create index notification_recipient_idx on notification (recipient_id, created_at desc, id desc);

-- A post announced beyond the hub, stored once however many deliveries it has.
create table announcement (
    id         uuid primary key default gen_random_uuid(),
    post_id    uuid not null references post (id),
    title      text not null,
    excerpt    text not null,
    link       text,
    unit_ids   uuid[] not null,
    created_at timestamptz not null
);

create index announcement_post_idx on announcement (post_id);

-- The outbox: one row per notification or announcement, channel and person or unit. PENDING = not tried yet,
-- FAILED = the last attempt failed and another is due at next_attempt_at, SENT, GAVE_UP = out of attempts.
create table delivery (
    id              uuid primary key default gen_random_uuid(),
    channel         text not null,
    notification_id uuid references notification (id),
    announcement_id uuid references announcement (id),
    post_id         uuid references post (id),
    person_id       uuid references person (id),
    unit_id         uuid references unit (id),
    status          text not null check (status in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    sent_at         timestamptz,
    check (num_nonnulls(notification_id, announcement_id) = 1),
    check (num_nonnulls(person_id, unit_id) = 1)
);

-- The dispatcher's queue: only rows still to be sent, by when they are due.
create index delivery_due_idx on delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
create index delivery_post_idx on delivery (post_id, channel, status) where post_id is not null;
create index delivery_notification_idx on delivery (notification_id) where notification_id is not null;
