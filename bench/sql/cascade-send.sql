select t.id from unnest(cast(:targets as uuid[])) as t(id)
where not exists (select 1 from org_unit u where u.id = t.id and u.active);
select count(*) from org_unit u
where u.id = any(:targets) and exists (
    select 1 from org_unit_subtree s join org_unit_manager um on um.unit_id = s.ancestor_id
    where s.descendant_id = u.id and um.person_id = :personId);
begin;
insert into cascade (sender_id, sender_name, title, message, changes, unchanged, talking_points, questions,
                     local_judgement, do_not_say, feedback_question, mode, level_deadline, deadline, sent_at)
values (:senderId, :senderName, :title, :message, :changes, :unchanged, :talkingPoints, :questions,
        :localJudgement, :doNotSay, :feedbackQuestion, :mode, :levelDeadline, :deadline, :sentAt)
returning id
\gset
insert into cascade_unit (cascade_id, unit_id, parent_id, level, unit_name)
select distinct on (s.descendant_id) :id, s.descendant_id,
       case when s.depth = 0 then null else u.parent_id end, s.depth + 1, u.name
from org_unit_subtree s join org_unit u on u.id = s.descendant_id
where s.ancestor_id = any(:targets) and u.active
order by s.descendant_id, s.depth desc;
insert into cascade_target (cascade_id, unit_id) select :id, unnest(cast(:targets as uuid[]));
with due as (
    select cu.unit_id,
           (select um.person_id from org_unit_manager um join org_person p on p.id = um.person_id
            where um.unit_id = cu.unit_id and p.active
            order by um.deputy, p.display_name, p.id limit 1) as manager_id,
           (select um.person_id from org_unit_subtree s
            join org_unit_manager um on um.unit_id = s.ancestor_id
            join org_person p on p.id = um.person_id
            where s.descendant_id = cu.unit_id and s.depth > 0 and p.active
            order by s.depth, um.deputy, p.display_name, p.id limit 1) as above_id
    from cascade_unit cu
    where cu.cascade_id = :id and cu.reached_at is null and (:all or cu.unit_id = any(:units)))
update cascade_unit cu
set reached_at = :now, deadline = :deadline,
    manager_id = d.manager_id, manager_name = m.display_name,
    carrier_id = case when d.manager_id is null then d.above_id end,
    carrier_name = case when d.manager_id is null then a.display_name end
from due d
left join org_person m on m.id = d.manager_id
left join org_person a on a.id = d.above_id
where cu.cascade_id = :id and cu.unit_id = d.unit_id
returning cu.unit_id;
commit;
