with scope_units as (
    select descendant_id as id from org_unit_subtree where ancestor_id = :unit
), posts as (
    select p.* from post_record p
    where (:whole or p.unit_ids && :units)
      and (cast(:unit as uuid) is null or p.unit_ids && array(select id from scope_units))
), questions as (
    select q.* from question_record q
    where (:whole or q.asked_unit_id = any(:units) or q.unit_id = any(:units))
      and (cast(:unit as uuid) is null or q.asked_unit_id in (select id from scope_units)
           or q.unit_id in (select id from scope_units))
), found as (
    select 'post' as type, p.id, cast(null as uuid) as parent_id, p.title, left(p.body_markdown, 200) as excerpt,
           p.author_id, coalesce(p.published_at, p.publish_at) as at, p.status as state, p.version as versions
    from posts p
    where :posts and (:text = '' or p.title ilike :pattern or p.body_markdown ilike :pattern
          or exists (select 1 from post_revision_record r where r.post_id = p.id
                     and (r.title ilike :pattern or r.body_markdown ilike :pattern)))
    union all
    select 'comment', c.id, c.post_id, null, left(c.body, 200), c.author_id, c.created_at, c.state, c.version
    from comment_record c join posts p on p.id = c.post_id
    where :comments and (:text = '' or c.body ilike :pattern
          or exists (select 1 from comment_revision_record r where r.comment_id = c.id and r.body ilike :pattern))
    union all
    select 'question', q.id, null, q.subject, left(q.body, 200), q.asker_id, q.asked_at, q.state, 1
    from questions q
    where :questions and (:text = '' or q.subject ilike :pattern or q.body ilike :pattern)
    union all
    select 'answer', m.id, m.question_id, null, left(m.body, 200), m.author_id, m.created_at, 'ANSWER', 1
    from question_message_record m join questions q on q.id = m.question_id
    where :answers and not m.by_asker and (:text = '' or m.body ilike :pattern)
)
select f.*, a.display_name as author_name
from found f left join org_person a on a.id = f.author_id
where f.at >= :from and f.at < :to
  and (cast(:author as uuid) is null or f.author_id = :author)
  and (f.at, f.id) < (:afterAt, :afterId)
order by f.at desc, f.id desc
limit :limit;
