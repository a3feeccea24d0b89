select p.id, p.display_name, p.job_title, p.email
from subtree_member s
join person p on p.id = s.person_id
where s.ancestor_id = :unitId
  and (s.display_name, s.person_id) > (:afterName, :afterId)
order by s.display_name, s.person_id
limit :limit
