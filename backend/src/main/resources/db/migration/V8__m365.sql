-- Microsoft 365: the users last read from Entra ID (merged with each delta and re-applied as a whole snapshot),
-- the delta link to start from next time, and a log of sync runs.

create table m365_user (
    id                  text primary key,
    display_name        text,
    mail                text,
    user_principal_name text,
    job_title           text,
    department          text,
    office_location     text,
    employee_id         text,
    account_enabled     boolean,
    manager_id          text,
    path                text
);

create table m365_sync_state (
    id          boolean primary key default true check (id),
    delta_link  text not null,
    updated_at  timestamptz not null
);

create table m365_sync_run (
    id              uuid primary key,
    trigger         text not null check (trigger in ('schedule', 'admin')),
    started_by      uuid references person (id),
    state           text not null check (state in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    full_sync       boolean,
    started_at      timestamptz not null,
    finished_at     timestamptz,
    pages_fetched   integer not null default 0,
    users_seen      integer not null default 0,
    expected_users  integer,
    changes_applied integer,
    changes         jsonb,
    errors          jsonb not null default '[]'
);

-- One run at a time across all instances: a second start fails on this index.
create unique index m365_sync_run_one_running on m365_sync_run ((true)) where state = 'RUNNING';
create index m365_sync_run_started on m365_sync_run (started_at desc);
