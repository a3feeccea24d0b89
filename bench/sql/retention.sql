begin;
with due as (
    select c.id from comment c join post_fact p on p.id = c.post_id
    where least(p.withdrawn_at, p.expires_at) < :commentsCutoff
      and not exists (select 1 from legal_hold_post h where h.post_id = c.post_id)
), revisions as (
    delete from comment_revision where comment_id in (select id from due)
), reactions as (
    delete from comment_reaction where comment_id in (select id from due)
), reports as (
    delete from comment_report where comment_id in (select id from due)
), moderations as (
    delete from comment_moderation where comment_id in (select id from due)
), gone as (
    delete from comment where id in (select id from due) returning 1
)
select count(*) from gone;
with due as (
    select n.id from notification n
    where n.created_at < :notificationsCutoff
      and (n.post_id is null or not exists (select 1 from legal_hold_post h where h.post_id = n.post_id))
), deliveries as (
    delete from delivery where notification_id in (select id from due)
), gone as (
    delete from notification where id in (select id from due) returning 1
)
select count(*) from gone;
with gone as (
    delete from event where created_at < :liveEventsCutoff returning 1
)
select count(*) from gone;
with gone as (
    delete from delivery d
    where d.created_at < :deliveriesCutoff and d.status in ('SENT', 'GAVE_UP')
      and (d.post_id is null or not exists (select 1 from legal_hold_post h where h.post_id = d.post_id))
    returning 1
)
select count(*) from gone;
with due as (
    select p.id, p.published_at from post p
    where p.published_at < :readReceiptsCutoff and p.reads_reduced_at is null
      and not exists (select 1 from legal_hold_post h where h.post_id = p.id)
), marked as (
    update post set reads_reduced_at = :now where id in (select id from due)
), tallied as (
    insert into post_read_tally (post_id, unit_id, read_after, readers)
    select pa.post_id, pa.unit_id, floor(extract(epoch from r.first_read_at - d.published_at))::bigint,
           count(*)
    from due d
    join post_read r on r.post_id = d.id
    join post_audience pa on pa.post_id = r.post_id and pa.person_id = r.person_id
    group by 1, 2, 3
    on conflict (post_id, unit_id, read_after) do update set readers = post_read_tally.readers + excluded.readers
), gone as (
    delete from post_read r using due d where r.post_id = d.id returning 1
)
select count(*) from gone;
with gone as (
    delete from web_push_subscription s
    where s.renewed_at < :pushSubscriptionsCutoff
       or not exists (select 1 from org_person p where p.id = s.person_id and p.active)
    returning 1
)
select count(*) from gone;
commit;
