select count(*) as expected, count(r.status) as answered, count(*) - count(r.status) as not_yet,
       count(*) filter (where r.status = 'RECEIVED') as received,
       count(*) filter (where r.status = 'SAFE') as safe,
       count(*) filter (where r.status = 'NEED_HELP') as need_help
from crisis_recipient r
where r.crisis_id = :crisisId
  and (cast(:unitId as uuid) is null
       or exists (select 1 from subtree_member sm where sm.ancestor_id = :unitId and sm.person_id = r.person_id));
select r.person_id, p.display_name, p.email, ph.phone, r.status, r.note, r.answered_at,
       exists (select 1 from crisis_call c where c.crisis_id = r.crisis_id and c.person_id = r.person_id)
           as reached_by_phone
from crisis_recipient r
join subtree_member sm on sm.person_id = r.person_id and sm.ancestor_id = :unitId
join org_person p on p.id = r.person_id
left join org_person_phone ph on ph.id = r.person_id
where r.crisis_id = :crisisId and (r.status is null or r.status = 'NEED_HELP')
order by r.status nulls last, p.display_name, r.person_id
limit 1000;
