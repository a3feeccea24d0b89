select pa.unit_id, count(*) as audience, count(r.person_id) as readers, count(a.person_id) as acknowledged
from post_audience pa
left join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
left join acknowledgement a on a.post_id = pa.post_id and a.person_id = pa.person_id
where pa.post_id = :postId
group by pa.unit_id;
select id, parent_id, name from unit;
select floor(extract(epoch from r.first_read_at - p.published_at) / 3600)::int as hour, count(*) as reads
from post p
join post_audience pa on pa.post_id = p.id
join unit_closure c on c.descendant_id = pa.unit_id and c.ancestor_id = :unitId
join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
where p.id = :postId and pa.unit_id <> all(:withheld)
group by 1
order by 1;
with reads as (
    select r.first_read_at - p.published_at as after,
           row_number() over (order by r.first_read_at, r.person_id) as n
    from post p
    join post_audience pa on pa.post_id = p.id
    join unit_closure c on c.descendant_id = pa.unit_id and c.ancestor_id = :unitId
    join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
    where p.id = :postId and pa.unit_id <> all(:withheld)
)
select (select extract(epoch from after)::bigint from reads where n = :half) as half,
       (select extract(epoch from after)::bigint from reads where n = :most) as most;
