-- Identity: roles that administrators give in the hub (beside the roles the identity provider puts in the token), for
-- the whole organisation (unit_id null) or for the subtree under one unit. A withdrawn grant is kept with who withdrew
-- it and when. Versioned 12.6 (issue 12, point 6) to stay clear of other branches' migrations.
create table role_grant (
    id          uuid primary key default gen_random_uuid(),
    person_id   uuid not null references person (id),
    role        text not null check (role in ('COMMUNICATOR', 'HR', 'ADMIN')),
    unit_id     uuid references unit (id),
    granted_by  uuid references person (id),
    granted_at  timestamptz not null default now(),
    revoked_by  uuid references person (id),
    revoked_at  timestamptz
);

-- One standing grant per person, role and scope; the whole organisation counts as one scope.
create unique index role_grant_standing_idx on role_grant (person_id, role, coalesce(unit_id, '00000000-0000-0000-0000-000000000000'))
    where revoked_at is null;

create index role_grant_unit_idx on role_grant (unit_id) where revoked_at is null;
