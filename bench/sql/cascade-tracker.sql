with recursive tree as (
    select * from cascade_unit where cascade_id = :cascadeId and unit_id = :unitId
    union all
    select cu.* from cascade_unit cu join tree t on cu.cascade_id = t.cascade_id and cu.parent_id = t.unit_id)
select unit_id, parent_id, level, unit_name, reached_at, deadline, manager_name, carrier_name, opened_at,
       relayed_at, discussed_at
from tree order by level, unit_name, unit_id;
