-- Identity: people the identity provider has named administrators, with when they were last seen with the role, so
-- that a directory import can refuse to deactivate the last of them. Versioned 10.11 (issue 11) to stay clear of other
-- branches' V10.
create table known_admin (
    person_id    uuid primary key,
    last_seen_at timestamptz not null default now()
);
