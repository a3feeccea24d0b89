-- Records: each disclosure package (utlämnande) as it was handed out: who made it, when, what was asked for and
-- the content exactly as exported, so the record of what was disclosed does not change with later edits.
-- Versioned 15.3 (issue 15, point 3).
create table disclosure (
    id          uuid primary key default gen_random_uuid(),
    created_by  uuid not null,
    created_at  timestamptz not null,
    reference   text,
    items       jsonb not null,
    content     jsonb not null
);

create index disclosure_created_idx on disclosure (created_at desc, id);
