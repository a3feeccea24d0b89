-- Crisis messages (issue 14, point 1): the message, its targets, who was expected to confirm (with their latest
-- answer), every answer ever given, updates, the all-clear, per person and channel delivery, and "reached by phone".
-- Nothing in a crisis can be deleted: no code path deletes, and a trigger refuses DELETE on every crisis table (the
-- after-action review needs all of it). Written only by the crisis module.

-- The crisis role beside the others (scoped like them: role@unit in the token or a grant for a subtree).
alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check
    check (role in ('COMMUNICATOR', 'HR', 'ADMIN', 'CRISIS'));

-- Organisation publishes who leads which unit (org's SQL API), so that "needs help" reaches the unit's managers.
create or replace view org_unit_manager as
    select unit_id, person_id, deputy from unit_manager;

create table crisis (
    id            uuid primary key default gen_random_uuid(),
    title         text not null,
    body          text not null,
    severity      text not null check (severity in ('INFORMATION', 'WARNING', 'CRITICAL')),
    confirmation  text not null check (confirmation in ('RECEIVED', 'SAFETY')),
    exercise      boolean not null,
    template_id   uuid,
    sender_id     uuid not null references person (id),
    sent_at       timestamptz not null,
    all_clear_at  timestamptz,
    all_clear_by  uuid references person (id),
    all_clear_body text
);

create index crisis_active_idx on crisis (sent_at desc) where all_clear_at is null;

-- The units (with their subtrees) the crisis was sent to.
create table crisis_target (
    crisis_id uuid not null references crisis (id),
    unit_id   uuid not null references unit (id),
    primary key (crisis_id, unit_id)
);

-- Everyone expected to confirm, stored when it is sent, with their latest answer (null: not yet). answer_id is the
-- crisis_answer row the status comes from: a later answer only replaces an earlier one, so concurrent answers by one
-- person leave the latest, and counting is one scan of this table.
create table crisis_recipient (
    crisis_id   uuid not null references crisis (id),
    person_id   uuid not null references person (id),
    status      text check (status in ('RECEIVED', 'SAFE', 'NEED_HELP')),
    note        text,
    answered_at timestamptz,
    answer_id   bigint,
    primary key (crisis_id, person_id)
);

create index crisis_recipient_person_idx on crisis_recipient (person_id);

-- Every answer, in order: the log of confirmations over time.
create table crisis_answer (
    id          bigint generated always as identity primary key,
    crisis_id   uuid not null references crisis (id),
    person_id   uuid not null references person (id),
    status      text not null check (status in ('RECEIVED', 'SAFE', 'NEED_HELP')),
    note        text,
    answered_at timestamptz not null
);

create index crisis_answer_crisis_idx on crisis_answer (crisis_id, id);

-- Follow-up messages on the crisis thread.
create table crisis_update (
    id         uuid primary key default gen_random_uuid(),
    crisis_id  uuid not null references crisis (id),
    author_id  uuid not null references person (id),
    body       text not null,
    created_at timestamptz not null
);

create index crisis_update_crisis_idx on crisis_update (crisis_id, created_at);

-- Per person and channel: when it was handed to the channel and when (if) it was delivered.
create table crisis_delivery (
    crisis_id    uuid not null references crisis (id),
    person_id    uuid not null references person (id),
    channel      text not null,
    status       text not null check (status in ('PENDING', 'SENT', 'FAILED')),
    created_at   timestamptz not null,
    delivered_at timestamptz,
    last_error   text,
    primary key (crisis_id, person_id, channel)
);

-- A manager's (or the crisis role's) note that they reached a person by phone.
create table crisis_call (
    id         bigint generated always as identity primary key,
    crisis_id  uuid not null references crisis (id),
    person_id  uuid not null references person (id),
    called_by  uuid not null references person (id),
    called_at  timestamptz not null,
    note       text
);

create index crisis_call_crisis_idx on crisis_call (crisis_id, person_id);

create function crisis_refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception 'Nothing in a crisis can be deleted (%)', tg_table_name using errcode = 'insufficient_privilege';
end;
$$;

create trigger crisis_no_delete before delete on crisis for each row execute function crisis_refuse_delete();
create trigger crisis_target_no_delete before delete on crisis_target for each row execute function crisis_refuse_delete();
create trigger crisis_recipient_no_delete before delete on crisis_recipient for each row execute function crisis_refuse_delete();
create trigger crisis_answer_no_delete before delete on crisis_answer for each row execute function crisis_refuse_delete();
create trigger crisis_update_no_delete before delete on crisis_update for each row execute function crisis_refuse_delete();
create trigger crisis_delivery_no_delete before delete on crisis_delivery for each row execute function crisis_refuse_delete();
create trigger crisis_call_no_delete before delete on crisis_call for each row execute function crisis_refuse_delete();
