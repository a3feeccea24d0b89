-- delivery: an announcement to units' channels need not be about a post (a crisis message, each of its updates and
-- its all-clear go to the Teams channel of every unit under the crisis's targets). Its key names what it announces, so
-- that the same message is announced to a unit once however often it is recorded; its facts are label/value pairs the
-- card shows (severity). Versioned 14.5 (issue 14: crisis messages in Teams).
alter table announcement alter column post_id drop not null;
alter table announcement add column announcement_key text;
alter table announcement add column fact_labels text[] not null default '{}';
alter table announcement add column fact_values text[] not null default '{}';
create unique index announcement_key_idx on announcement (announcement_key);
