-- Records: legal holds that suspend retention, and the history of retention runs (issue 15, point 3). Versioned 15.6.

-- A legal hold on one post or on a unit (every post targeted at a unit of its subtree); it suspends deletion and
-- reduction of everything under those posts until released. Released holds stay, as the record of the hold.
create table legal_hold (
    id             uuid primary key default gen_random_uuid(),
    post_id        uuid,
    unit_id        uuid,
    reason         text not null,
    placed_by      uuid not null,
    placed_at      timestamptz not null,
    released_by    uuid,
    released_at    timestamptz,
    release_reason text,
    check (num_nonnulls(post_id, unit_id) = 1),
    check ((released_at is null) = (released_by is null))
);

create index legal_hold_active_idx on legal_hold (placed_at) where released_at is null;

-- The SQL API the owners' retention statements exclude: every post under a hold now in force.
create view legal_hold_post as
    select h.post_id from legal_hold h where h.released_at is null and h.post_id is not null
    union
    select t.post_id
    from legal_hold h
    join org_unit_subtree s on s.ancestor_id = h.unit_id
    join post_target_record t on t.unit_id = s.descendant_id
    where h.released_at is null and h.unit_id is not null;

-- One row per retention run that took the lock: when, and who asked (null for the schedule).
create table retention_run (
    id          uuid primary key default gen_random_uuid(),
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    actor_id    uuid
);

create index retention_run_started_idx on retention_run (started_at desc, id desc);

-- What each rule of a run did: its period and decision as configured then, the cutoff and how many records went.
create table retention_run_rule (
    run_id      uuid not null references retention_run (id),
    position    int not null,
    record_type text not null,
    period      text not null,
    decision    text not null,
    cutoff      timestamptz not null,
    erased      bigint not null,
    primary key (run_id, position)
);
