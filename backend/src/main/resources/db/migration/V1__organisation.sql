-- The organisation: units in a tree, people, their memberships and the managers of each unit.
-- Names sort in Swedish order (… X, Y, Z, Å, Ä, Ö) through the ICU collation "sv-x-icu", which PostgreSQL builds
-- with ICU support (the embedded binaries, Debian's and the official images) provide.

create table unit (
    id          uuid primary key default gen_random_uuid(),
    external_id text not null unique,
    name        text not null collate "sv-x-icu",
    kind        text not null check (kind in ('ORGANISATION', 'ADMINISTRATION', 'COMPANY', 'DEPARTMENT', 'UNIT', 'TEAM')),
    parent_id   uuid references unit (id),
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);

create index unit_parent_idx on unit (parent_id);

-- Closure of the unit tree: one row per (ancestor, descendant) pair, including each unit with itself at depth 0.
create table unit_closure (
    ancestor_id   uuid not null references unit (id),
    descendant_id uuid not null references unit (id),
    depth         int  not null,
    -- depth is included so that subtree queries ("ancestor X, at most N levels down") are index-only scans
    primary key (ancestor_id, descendant_id) include (depth)
);

create index unit_closure_descendant_idx on unit_closure (descendant_id, depth) include (ancestor_id);

create table person (
    id           uuid primary key default gen_random_uuid(),
    external_id  text not null unique,
    display_name text not null collate "sv-x-icu",
    email        text,
    job_title    text,
    active       boolean not null default true,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

-- E-mail addresses are unique among active people only: a deactivated person keeps their address for the records
-- while a newcomer (or the same person under a new external id) may take it over.
create unique index person_active_email_key on person (lower(email)) where active and email is not null;
create index person_email_idx on person (lower(email));

create table membership (
    unit_id    uuid not null references unit (id),
    person_id  uuid not null references person (id),
    is_primary boolean not null default false,
    primary key (unit_id, person_id)
);

create index membership_person_idx on membership (person_id) include (unit_id, is_primary);

create table unit_manager (
    unit_id   uuid not null references unit (id),
    person_id uuid not null references person (id),
    deputy    boolean not null default false,
    primary key (unit_id, person_id)
);

create index unit_manager_person_idx on unit_manager (person_id) include (unit_id, deputy);

-- Each applied directory import, kept for the audit trail; changes holds the counts per kind of change.
create table directory_import (
    id          uuid primary key default gen_random_uuid(),
    source      text not null,
    applied_by  uuid references person (id),
    applied_at  timestamptz not null default now(),
    changes     jsonb not null
);
