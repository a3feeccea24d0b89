select p.id, p.display_name, p.job_title, p.email
from person p
where p.active
  and (p.display_name, p.id) > (:afterName, :afterId)
  and exists (
      select 1 from unit_closure c join membership m on m.unit_id = c.descendant_id
      where c.ancestor_id = :unitId and c.depth <= :maxDepth and m.person_id = p.id)
order by p.display_name, p.id
limit :limit
