-- Live updates: every change a widget shows live is appended here and announced with pg_notify('budkavle_events',
-- id) in the same transaction, so a rolled-back change is neither stored nor announced. Instances read new rows by id
-- (the notification carries only the id); a reconnecting client replays the rows after the last id it saw.
create table event (
    id         bigserial primary key,
    topic      text not null,
    type       text not null,
    payload    jsonb not null default '{}',
    -- null: anyone the topic's policy allows; otherwise only these people
    recipients uuid[],
    created_at timestamptz not null default now()
);

-- Replay after an id for the topics a session subscribed to.
create index event_topic_id on event (topic, id);
