with audience as (
    select pa.unit_id, count(*) as audience, count(a.person_id) as acknowledged
    from post_audience_fact pa
    left join acknowledgement_record a on a.post_id = pa.post_id and a.person_id = pa.person_id
    where pa.post_id = :postId
    group by pa.unit_id
), reading as (
    select unit_id, sum(readers) as readers from post_reading where post_id = :postId group by unit_id
)
select au.unit_id, au.audience, coalesce(rd.readers, 0) as readers, au.acknowledged
from audience au left join reading rd on rd.unit_id = au.unit_id;
select id, parent_id, name from org_unit;
select floor(v.read_after / 3600.0)::int as hour, sum(v.readers) as reads
from post_reading v
join org_unit_subtree c on c.descendant_id = v.unit_id and c.ancestor_id = :unitId
where v.post_id = :postId and v.unit_id <> all(:withheld)
group by 1
order by 1;
with reads as (
    select v.read_after,
           sum(v.readers) over (order by v.read_after rows between unbounded preceding and current row) as upto
    from post_reading v
    join org_unit_subtree c on c.descendant_id = v.unit_id and c.ancestor_id = :unitId
    where v.post_id = :postId and v.unit_id <> all(:withheld)
)
select (select min(read_after) from reads where :half > 0 and upto >= :half) as half,
       (select min(read_after) from reads where :most > 0 and upto >= :most) as most;
