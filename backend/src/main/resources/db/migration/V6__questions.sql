-- Questions to the manager. An anonymous question keeps no link to its asker: asker_id is null, the asker's own
-- replies and actions are marked by_asker without a person, and the asker holds a follow-up key of which only the
-- SHA-256 hash is kept here.

create table question (
    id                 uuid primary key default gen_random_uuid(),
    subject            text not null,
    body               text not null,
    anonymous          boolean not null,
    asker_id           uuid references person (id),
    follow_up_key_hash bytea unique,
    visibility         text not null check (visibility in ('PRIVATE', 'UNIT')),
    -- the unit whose managers were first asked; a UNIT question is visible to that unit's subtree
    asked_unit_id      uuid not null references unit (id),
    -- the unit whose managers (deputies included) hold the question now; moves up on escalation and forwarding
    unit_id            uuid not null references unit (id),
    -- forwarded to HR: people with the HR role hold it
    with_hr            boolean not null default false,
    state              text not null check (state in ('OPEN', 'ANSWERED', 'CLOSED')),
    asked_at           timestamptz not null,
    -- the answer deadline counted from asked_at (working days), used for "overdue" in statistics
    answer_due_at      timestamptz not null,
    -- when the question escalates next if still unanswered; null once it cannot go higher
    escalate_at        timestamptz,
    first_answered_at  timestamptz,
    closed_at          timestamptz,
    upvotes            int not null default 0,
    check ((anonymous and asker_id is null and follow_up_key_hash is not null)
        or (not anonymous and asker_id is not null and follow_up_key_hash is null))
);

create index question_asker_idx on question (asker_id, asked_at desc, id desc) where asker_id is not null;
create index question_unit_idx on question (unit_id, asked_at desc, id desc);
create index question_asked_unit_idx on question (asked_unit_id, asked_at);
create index question_escalation_idx on question (escalate_at) where first_answered_at is null and state = 'OPEN';

-- The thread after the question: answers by recipients and replies by the asker (author_id null for an anonymous asker).
create table question_message (
    id          uuid primary key default gen_random_uuid(),
    -- the order messages were written in, also within the same instant
    seq         bigint generated always as identity,
    question_id uuid not null references question (id),
    author_id   uuid references person (id),
    by_asker    boolean not null,
    body        text not null,
    created_at  timestamptz not null,
    check (by_asker or author_id is not null)
);

create index question_message_question_idx on question_message (question_id, created_at, seq);

-- The history: asked, answered, forwarded, escalated, closed; each hand-over names the units it went between.
create table question_event (
    id           bigint generated always as identity primary key,
    question_id  uuid not null references question (id),
    kind         text not null check (kind in ('ASKED', 'ANSWERED', 'FORWARDED', 'ESCALATED', 'CLOSED')),
    actor_id     uuid references person (id),
    by_asker     boolean not null default false,
    from_unit_id uuid references unit (id),
    to_unit_id   uuid references unit (id),
    to_hr        boolean not null default false,
    note         text,
    at           timestamptz not null
);

create index question_event_question_idx on question_event (question_id, id);

-- One upvote per person on a UNIT question (upvotes are not anonymous).
create table question_upvote (
    question_id uuid not null references question (id),
    person_id   uuid not null references person (id),
    upvoted_at  timestamptz not null,
    primary key (question_id, person_id)
);

-- Anonymous questions counted per day and asker for the daily limit, without the asker: tag is an HMAC-SHA256 of
-- (person id, day) under a secret kept outside the database. No timestamps, so rows cannot be matched to questions
-- by time; rows of past days are deleted by the escalation job.
create table question_quota (
    day   date  not null,
    tag   bytea not null,
    count int   not null,
    primary key (day, tag)
);
