-- News: the SQL API the other modules read posts and their audiences through (issue 19, point 1), so that a change to
-- news' tables shows up in news' own migrations and tests. Both are plain projections PostgreSQL inlines into the
-- reading statement: a hot path (acknowledgement, reach, the outbox) plans the same as on the tables.

-- What other modules need to know about a post: who wrote it, its state and its dates, and whether it asks for
-- acknowledgement. The body stays in news (the record views carry it to the records module).
create view post_fact as
    select id, author_id, title, priority, status, publish_at, published_at, expires_at, withdrawn_at,
           comments_enabled, ack_required, ack_deadline, audience_size
    from post;

-- Who was expected to read each post, fixed at publication, with the unit each person was counted in then.
create view post_audience_fact as
    select post_id, person_id, unit_id from post_audience;
