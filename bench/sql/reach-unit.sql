select m.unit_id, count(*) as people
from membership m join person p on p.id = m.person_id
where m.is_primary and p.active
group by m.unit_id;
select id, parent_id, name from unit;
select pa.post_id, pa.unit_id, count(*) as audience, count(r.person_id) as readers,
       count(a.person_id) as acknowledged, bool_or(p.ack_required) as ack_required,
       array_agg(extract(epoch from r.first_read_at - p.published_at)::bigint order by r.first_read_at)
           filter (where r.person_id is not null) as reads
from post p
join post_audience pa on pa.post_id = p.id
join unit_closure scope on scope.descendant_id = pa.unit_id and scope.ancestor_id = :unitId
left join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
left join acknowledgement a on a.post_id = pa.post_id and a.person_id = pa.person_id
where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
group by pa.post_id, pa.unit_id;
with said as (
    select m.unit_id, 'comment' as kind, null::bigint as answer_seconds, false as answered
    from comment c join membership m on m.person_id = c.author_id and m.is_primary
    where c.created_at >= :from and c.created_at < :to
    union all
    select q.asked_unit_id, 'question', extract(epoch from q.first_answered_at - q.asked_at)::bigint,
           q.first_answered_at is not null
    from question q
    where q.asked_at >= :from and q.asked_at < :to
)
select said.unit_id,
       count(*) filter (where kind = 'comment') as comments,
       count(*) filter (where kind = 'question') as asked,
       count(*) filter (where answered) as answered,
       array_agg(answer_seconds) filter (where answer_seconds is not null) as answer_seconds
from said
join unit_closure scope on scope.descendant_id = said.unit_id and scope.ancestor_id = :unitId
group by said.unit_id
;
