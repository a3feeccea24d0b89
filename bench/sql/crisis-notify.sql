with n as (
    insert into notification (recipient_id, kind, title, body, link, post_id, created_at)
    values (:recipientId, :kind, :title, :body, :link, :postId, :at)
    returning id),
d as (
    insert into delivery (channel, notification_id, post_id, person_id, status, next_attempt_at, created_at,
        updated_at)
    select c.channel, n.id, :postId, :recipientId, 'PENDING', :now, :now, :now
    from n cross join unnest(cast(:channels as text[])) as c (channel))
select id from n;
