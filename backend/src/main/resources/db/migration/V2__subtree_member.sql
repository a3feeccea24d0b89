-- Every active person under every unit, by name: one row per (unit, person in its subtree). Listing the members of a
-- subtree a page at a time is then one index range scan of `limit` rows, the same cost for a work group or the whole
-- city, where joining the closure table with memberships had to gather and sort the whole subtree for every page.
-- Rebuilt by the directory import, the only writer of people and memberships.
create table subtree_member (
    ancestor_id  uuid not null references unit (id),
    display_name text not null collate "sv-x-icu",
    person_id    uuid not null references person (id),
    primary key (ancestor_id, display_name, person_id)
);

insert into subtree_member (ancestor_id, display_name, person_id)
select distinct c.ancestor_id, p.display_name, p.id
from unit_closure c
join membership m on m.unit_id = c.descendant_id
join person p on p.id = m.person_id
where p.active;
