-- Comment threads under posts: comments and one level of replies, their revisions, reactions, reports and
-- moderation. Nothing here is ever deleted: a deleted or hidden comment keeps its body as a record.

create table comment (
    id                uuid primary key default gen_random_uuid(),
    post_id           uuid not null references post (id),
    -- null for a thread's root; the root's id for a reply (replies are one level deep)
    parent_id         uuid references comment (id),
    author_id         uuid not null references person (id),
    body              text not null check (char_length(body) between 1 and 5000),
    state             text not null default 'VISIBLE' check (state in ('VISIBLE', 'DELETED', 'HIDDEN')),
    version           int not null default 1,
    created_at        timestamptz not null,
    edited_at         timestamptz,
    deleted_at        timestamptz,
    -- the latest moderation (hide or restore); every one is also a row in comment_moderation
    moderated_at      timestamptz,
    moderated_by      uuid references person (id),
    moderation_reason text
);

create index comment_post_root_idx on comment (post_id, created_at, id) where parent_id is null;
create index comment_parent_idx on comment (parent_id, created_at, id) where parent_id is not null;
-- the rate limit counts a person's comments of the last minute
create index comment_author_idx on comment (author_id, created_at);

-- Every version of a comment's body, the first one included.
create table comment_revision (
    comment_id uuid not null references comment (id),
    version    int not null,
    body       text not null,
    edited_at  timestamptz not null,
    primary key (comment_id, version)
);

-- One reaction of each kind per person and comment; putting it again changes nothing.
create table comment_reaction (
    comment_id uuid not null references comment (id),
    person_id  uuid not null references person (id),
    kind       text not null check (kind in ('LIKE', 'HEART', 'THANKS', 'INSIGHTFUL')),
    created_at timestamptz not null,
    primary key (comment_id, person_id, kind)
);

-- A reader's report of a comment, one per person and comment; resolved when a moderator hides or keeps it.
create table comment_report (
    comment_id  uuid not null references comment (id),
    person_id   uuid not null references person (id),
    reason      text not null,
    reported_at timestamptz not null,
    resolved_at timestamptz,
    primary key (comment_id, person_id)
);

create index comment_report_open_idx on comment_report (reported_at, comment_id) where resolved_at is null;

-- Every hide and restore, with who and why.
create table comment_moderation (
    id           uuid primary key default gen_random_uuid(),
    comment_id   uuid not null references comment (id),
    action       text not null check (action in ('HIDE', 'RESTORE')),
    reason       text not null,
    moderator_id uuid not null references person (id),
    moderated_at timestamptz not null
);

create index comment_moderation_comment_idx on comment_moderation (comment_id, moderated_at);

-- A locked thread takes no new comments; unlocking keeps the row (locked = false) with who unlocked it and when.
create table comment_thread_lock (
    post_id     uuid primary key references post (id),
    locked      boolean not null,
    changed_by  uuid not null references person (id),
    changed_at  timestamptz not null
);
