with inserted as (
    insert into acknowledgement (post_id, person_id, acknowledged_at)
    values (:postId, :personId, :now)
    on conflict do nothing
    returning acknowledged_at)
select acknowledged_at, true as created from inserted
union all
select acknowledged_at, false from acknowledgement where post_id = :postId and person_id = :personId
