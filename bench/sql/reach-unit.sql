select m.unit_id, count(*) as people
from membership m join person p on p.id = m.person_id
where m.is_primary and p.active
group by m.unit_id;
select id, parent_id, name from unit;
with scoped as (
    select pa.post_id, pa.person_id, p.published_at, coalesce(child.ancestor_id, :unitId) as group_id
    from post p
    join post_audience pa on pa.post_id = p.id
    join unit_closure scope on scope.descendant_id = pa.unit_id and scope.ancestor_id = :unitId
    left join unit_closure child on child.descendant_id = pa.unit_id
        and child.ancestor_id in (select id from unit where parent_id = :unitId)
    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
), cells as (
    select s.post_id, s.group_id, count(*) as audience, count(r.person_id) as readers,
           count(a.person_id) as acknowledged
    from scoped s
    left join post_read r on r.post_id = s.post_id and r.person_id = s.person_id
    left join acknowledgement a on a.post_id = s.post_id and a.person_id = s.person_id
    group by s.post_id, s.group_id
), ranked as (
    select s.post_id, s.group_id, r.first_read_at - s.published_at as after,
           row_number() over (partition by s.post_id, s.group_id order by r.first_read_at, r.person_id) as n
    from scoped s
    join post_read r on r.post_id = s.post_id and r.person_id = s.person_id
)
select c.post_id, c.group_id, c.audience, c.readers, c.acknowledged, p.ack_required,
       extract(epoch from k.after)::bigint as half
from cells c
join post p on p.id = c.post_id
left join ranked k on k.post_id = c.post_id and k.group_id = c.group_id and k.n = ceil(c.audience / 2.0);
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
select coalesce(child.ancestor_id, :unitId) as group_id,
       count(*) filter (where kind = 'comment') as comments,
       count(*) filter (where kind = 'question') as asked,
       count(*) filter (where answered) as answered,
       array_agg(answer_seconds) filter (where answer_seconds is not null) as answer_seconds
from said
join unit_closure scope on scope.descendant_id = said.unit_id and scope.ancestor_id = :unitId
left join unit_closure child on child.descendant_id = said.unit_id
    and child.ancestor_id in (select id from unit where parent_id = :unitId)
group by 1;
