-- News posts, their targeting, the audience resolved at publication, first reads and revisions.
-- Other modules (acknowledgement, comments, reach, live) read post, post_target, post_audience and post_read; the
-- news module alone writes them.

create table post (
    id                 uuid primary key default gen_random_uuid(),
    author_id          uuid not null references person (id),
    title              text not null,
    body_markdown      text not null,
    body_html          text not null,
    excerpt            text not null,
    priority           text not null check (priority in ('NORMAL', 'IMPORTANT')),
    language           text not null check (language in ('sv', 'en')),
    comments_enabled   boolean not null,
    ack_required       boolean not null default false,
    ack_deadline       timestamptz,
    status             text not null check (status in ('SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
    publish_at         timestamptz not null,
    published_at       timestamptz,
    expires_at         timestamptz,
    audience_size      int,
    version            int not null default 1,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    withdrawn_at       timestamptz,
    withdrawn_by       uuid references person (id),
    withdrawal_reason  text,
    -- kept by the comments module through Posts.commentCountChanged, so the feed need not count comments per post
    comment_count      int not null default 0,
    check (expires_at is null or expires_at > publish_at)
);

create index post_scheduled_idx on post (publish_at) where status = 'SCHEDULED';
create index post_author_idx on post (author_id, created_at desc);

-- What the author targeted: a unit with or without its subunits (the whole organisation is its root unit).
create table post_target (
    post_id          uuid not null references post (id),
    unit_id          uuid not null references unit (id),
    include_subunits boolean not null,
    primary key (post_id, unit_id)
);

create index post_target_unit_idx on post_target (unit_id);

-- Who was expected to read the post, resolved once at publication: active members of the targeted units, each
-- with the unit they belonged to then (their primary unit if it was targeted, else the targeted unit they were in),
-- so that rates per unit stay true after a reorganisation.
create table post_audience (
    post_id   uuid not null references post (id),
    person_id uuid not null references person (id),
    unit_id   uuid not null references unit (id),
    primary key (post_id, person_id)
);

create index post_audience_person_idx on post_audience (person_id, post_id);
create index post_audience_unit_idx on post_audience (post_id, unit_id);

-- The first time each person opened the post; later reads change nothing.
create table post_read (
    post_id       uuid not null references post (id),
    person_id     uuid not null references person (id),
    first_read_at timestamptz not null,
    primary key (post_id, person_id)
);

create index post_read_person_idx on post_read (person_id, post_id);

-- Every version a post has had, the first one included, with who wrote it and when.
create table post_revision (
    post_id       uuid not null references post (id),
    version       int not null,
    title         text not null,
    body_markdown text not null,
    edited_by     uuid not null references person (id),
    edited_at     timestamptz not null,
    primary key (post_id, version)
);

-- "Jag har läst": one row per person who confirmed a post that asks for it. Written only by the acknowledgement
-- module (insert … on conflict do nothing, so a repeat changes nothing); the news feed and reach read it.
create table acknowledgement (
    post_id         uuid not null references post (id),
    person_id       uuid not null references person (id),
    acknowledged_at timestamptz not null,
    primary key (post_id, person_id)
);

create index acknowledgement_person_idx on acknowledgement (person_id, post_id);
