-- Organisation: the first views of its SQL API (org's package-info), so that modules written since the table
-- ownership rule read units, the unit tree and people without naming org's tables. Versioned 12.7 (issue 12, point 6).
create view org_unit as
    select id, external_id, name, kind, parent_id, active from unit;

create view org_unit_subtree as
    select ancestor_id, descendant_id, depth from unit_closure;

create view org_person as
    select id, external_id, display_name, email, job_title, active from person;
