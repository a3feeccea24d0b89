-- Acknowledgement reminders. Written only by the acknowledgement module; the acknowledgement table itself is in V3.

-- When each person was last reminded about each post, so nobody is reminded about the same post more than once a day
-- whoever asks (authors, managers, communicators, the automatic reminder).
create table acknowledgement_reminder (
    post_id          uuid not null references post (id),
    person_id        uuid not null references person (id),
    last_reminded_at timestamptz not null,
    primary key (post_id, person_id)
);

-- Posts whose automatic reminder before the deadline has gone out; one per post.
create table acknowledgement_deadline_reminder (
    post_id     uuid primary key references post (id),
    reminded_at timestamptz not null,
    reminded    int not null
);
