select m.unit_id, count(*) as people
from person_membership_record m join org_person p on p.id = m.person_id
where m.is_primary and p.active
group by m.unit_id;
select id, parent_id, name from org_unit;
with audience as (
    select pa.post_id, pa.unit_id, count(*) as audience, count(a.person_id) as acknowledged,
           bool_or(p.ack_required) as ack_required
    from post_fact p
    join post_audience_fact pa on pa.post_id = p.id
    join org_unit_subtree scope on scope.descendant_id = pa.unit_id and scope.ancestor_id = :unitId
    left join acknowledgement_record a on a.post_id = pa.post_id and a.person_id = pa.person_id
    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
    group by pa.post_id, pa.unit_id
), reading as (
    select v.post_id, v.unit_id, count(*) as readers, array_agg(v.read_after order by v.read_after) as reads
    from post_fact p
    join post_reading v on v.post_id = p.id
    join org_unit_subtree scope on scope.descendant_id = v.unit_id and scope.ancestor_id = :unitId
    cross join lateral generate_series(1, v.readers)
    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
    group by v.post_id, v.unit_id
)
select au.post_id, au.unit_id, au.audience, coalesce(rd.readers, 0) as readers, au.acknowledged,
       au.ack_required, rd.reads
from audience au left join reading rd on rd.post_id = au.post_id and rd.unit_id = au.unit_id;
with said as (
    select m.unit_id, 'comment' as kind, null::bigint as answer_seconds, false as answered
    from comment_record c join person_membership_record m on m.person_id = c.author_id and m.is_primary
    where c.created_at >= :from and c.created_at < :to
    union all
    select q.asked_unit_id, 'question', extract(epoch from q.first_answered_at - q.asked_at)::bigint,
           q.first_answered_at is not null
    from question_record q
    where q.asked_at >= :from and q.asked_at < :to
)
select said.unit_id,
       count(*) filter (where kind = 'comment') as comments,
       count(*) filter (where kind = 'question') as asked,
       count(*) filter (where answered) as answered,
       array_agg(answer_seconds) filter (where answer_seconds is not null) as answer_seconds
from said
join org_unit_subtree scope on scope.descendant_id = said.unit_id and scope.ancestor_id = :unitId
group by said.unit_id;
