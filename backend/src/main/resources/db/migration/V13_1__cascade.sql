-- Cascade (budkavle): a central message relayed down the manager chain, unit by unit. Versioned 13.1 (issue 13).
-- Org data is read only through org's SQL API; the managers of each unit are published here as org_unit_manager
-- (listed in org's package-info), the same definition whichever module's migration creates it first.
create or replace view org_unit_manager as
    select unit_id, person_id, deputy from unit_manager;

-- The message and its toolkit as the sender wrote it. Sender names are copied so the history reads the same after the
-- directory changes.
create table cascade (
    id                uuid primary key default gen_random_uuid(),
    sender_id         uuid not null,
    sender_name       text not null,
    title             text not null,
    message           text not null,
    changes           text,
    unchanged         text,
    talking_points    jsonb not null default '[]',
    questions         jsonb not null default '[]',
    local_judgement   text,
    do_not_say        text,
    feedback_question text,
    mode              text not null check (mode in ('LEVEL_BY_LEVEL', 'ALL_AT_ONCE')),
    level_deadline    int check (level_deadline between 1 and 30),
    deadline          timestamptz,
    sent_at           timestamptz not null,
    check ((level_deadline is null) <> (deadline is null))
);

create index cascade_sender_idx on cascade (sender_id, sent_at desc);

-- The units the sender chose; their subtrees (as the tree stood when sent) make the cascade.
create table cascade_target (
    cascade_id uuid not null references cascade (id),
    unit_id    uuid not null,
    primary key (cascade_id, unit_id)
);

-- One row per unit of the cascade, the tree as it stood when sent (parent within the cascade, level from 1), so a
-- reorganisation during the cascade leaves its history alone. When the unit's level opens (reached_at), the manager
-- responsible then is stored, or, for a unit without a manager, the nearest manager above who carries it.
create table cascade_unit (
    cascade_id   uuid not null references cascade (id),
    unit_id      uuid not null,
    parent_id    uuid,
    level        int not null,
    unit_name    text not null,
    reached_at   timestamptz,
    deadline     timestamptz,
    manager_id   uuid,
    manager_name text,
    carrier_id   uuid,
    carrier_name text,
    opened_at    timestamptz,
    relayed_at   timestamptz,
    discussed_at timestamptz,
    overdue_at   timestamptz,
    primary key (cascade_id, unit_id)
);

create index cascade_unit_manager_idx on cascade_unit (manager_id, cascade_id) where manager_id is not null;
create index cascade_unit_carrier_idx on cascade_unit (carrier_id, cascade_id) where carrier_id is not null;
create index cascade_unit_parent_idx on cascade_unit (cascade_id, parent_id);

-- Who opened the cascade for which unit, when (the first time).
create table cascade_open (
    cascade_id uuid not null,
    unit_id    uuid not null,
    person_id  uuid not null,
    opened_at  timestamptz not null,
    primary key (cascade_id, unit_id, person_id),
    foreign key (cascade_id, unit_id) references cascade_unit (cascade_id, unit_id)
);

-- How a unit was relayed: a local post, a workplace meeting (arbetsplatsträff) or a printed sheet; on_behalf when the
-- manager above relayed for an overdue unit.
create table cascade_relay (
    id                uuid primary key default gen_random_uuid(),
    cascade_id        uuid not null,
    unit_id           uuid not null,
    person_id         uuid not null,
    person_name       text not null,
    kind              text not null check (kind in ('POST', 'MEETING', 'PRINT')),
    on_behalf         boolean not null default false,
    post_id           uuid,
    meeting_date      date,
    participants      int check (participants >= 0),
    meeting_questions text,
    meeting_feedback  text,
    relayed_at        timestamptz not null,
    foreign key (cascade_id, unit_id) references cascade_unit (cascade_id, unit_id)
);

create index cascade_relay_unit_idx on cascade_relay (cascade_id, unit_id);

-- The managers' questions to the sender, a thread every manager in the cascade sees, with the sender's answer.
create table cascade_question (
    id           uuid primary key default gen_random_uuid(),
    cascade_id   uuid not null references cascade (id),
    author_id    uuid not null,
    author_name  text not null,
    body         text not null,
    asked_at     timestamptz not null,
    answer       text,
    answered_by  text,
    answered_at  timestamptz
);

create index cascade_question_cascade_idx on cascade_question (cascade_id, asked_at);

-- At most one reminder per manager and cascade a day.
create table cascade_reminder (
    cascade_id uuid not null references cascade (id),
    person_id  uuid not null,
    day        date not null,
    primary key (cascade_id, person_id, day)
);
