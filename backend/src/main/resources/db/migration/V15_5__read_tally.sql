-- News: read receipts reduced to aggregates by retention (issue 15, point 3), and the views that let reach count
-- reads and records hold a unit's posts without naming news' tables. Versioned 15.5.

-- First reads of posts published longer ago than the read-receipt rule's period, without the person: how many people
-- of each unit (the unit they were counted in at publication) first read the post this many whole seconds after it
-- was published. Every reach figure (readers per unit, reads per hour, time to half and 80 %, the median time to half)
-- comes out the same from these rows as from the personal rows they replaced.
-- When a post's reads were reduced: it then counts as read in every feed, and no later read of it is recorded (it
-- could not be told from the reads already counted).
alter table post add column reads_reduced_at timestamptz;

create table post_read_tally (
    post_id    uuid not null references post (id),
    unit_id    uuid not null references unit (id),
    read_after bigint not null,
    readers    int not null check (readers > 0),
    primary key (post_id, unit_id, read_after)
);

-- The SQL API reach counts reads from: one row per first read of an audience member still kept personally, and one
-- per tally of reduced reads, each with its unit, whole seconds after publication and how many people it stands for.
create view post_reading as
    select pa.post_id, pa.unit_id, floor(extract(epoch from r.first_read_at - p.published_at))::bigint as read_after,
           1 as readers
    from post_read r
    join post_audience pa on pa.post_id = r.post_id and pa.person_id = r.person_id
    join post p on p.id = r.post_id
    union all
    select post_id, unit_id, read_after, readers from post_read_tally;

-- Which units each post was targeted at, for the records module's legal holds on a unit.
create view post_target_record as
    select post_id, unit_id, include_subunits from post_target;
