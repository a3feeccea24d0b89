with page as (
    select p.id, p.title, p.excerpt, p.author_id, p.published_at, p.priority, p.ack_required,
           p.ack_deadline, p.comment_count,
           (r.post_id is not null or p.reads_reduced_at is not null) as read,
           case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
                then 0 else 1 end as rank
    from post_audience a
    join post p on p.id = a.post_id
    left join post_read r on r.post_id = a.post_id and r.person_id = a.person_id
    where a.person_id = :personId
      and p.status = 'PUBLISHED' and (p.expires_at is null or p.expires_at > :now)
      and (case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
                then 0 else 1 end > :afterRank
           or (case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
                   then 0 else 1 end = :afterRank
               and (p.published_at, p.id) < (:afterAt, :afterId)))
    order by rank, p.published_at desc, p.id desc
    limit :limit
)
select page.*, au.display_name as author_name, au.job_title as author_title, k.acknowledged_at,
       array(select u.name from post_target t join org_unit u on u.id = t.unit_id
             where t.post_id = page.id order by u.name) as units
from page
join org_person au on au.id = page.author_id
left join acknowledgement_record k on k.post_id = page.id and k.person_id = :personId
order by page.rank, page.published_at desc, page.id desc