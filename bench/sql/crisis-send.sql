select count(*) from unnest(cast(:units as uuid[])) as t(id)
where not exists (select 1 from org_unit u where u.id = t.id and u.active);
begin;
insert into crisis (title, body, severity, confirmation, exercise, template_id, template_version, sender_id,
    sent_at)
values (:title, :body, :severity, :confirmation, :exercise, :templateId, :templateVersion, :senderId, :now)
returning id
\gset
insert into crisis_target (crisis_id, unit_id) select :id, t.id from unnest(cast(:units as uuid[])) as t(id);
insert into crisis_recipient (crisis_id, person_id)
select distinct cast(:id as uuid), sm.person_id from subtree_member sm where sm.ancestor_id = any(:units);
select person_id from crisis_recipient where crisis_id = :id;
insert into crisis_delivery (crisis_id, person_id, channel, status, created_at, delivered_at)
select crisis_id, person_id, :channel, 'SENT', :now, :now from crisis_recipient where crisis_id = :id;
commit;
