\set batch :batch + 1
select ids as "recipientIds" from bench_notify_batch where n = :batch
\gset
with n as (
    insert into notification (recipient_id, kind, title, body, link, post_id, created_at)
    select r.recipient_id, :kind, :title, :body, :link, :postId, :now
    from unnest(cast(:recipientIds as uuid[])) as r (recipient_id)
    returning id, recipient_id, post_id),
d as (
    insert into delivery (channel, notification_id, post_id, person_id, status, next_attempt_at, created_at,
        updated_at)
    select c.channel, n.id, n.post_id, n.recipient_id, 'PENDING', :now, :now, :now
    from n cross join unnest(cast(:channels as text[])) as c (channel)
    where c.channel <> 'web-push'
       or exists (select 1 from web_push_subscription s where s.person_id = n.recipient_id))
select count(*) from n;
