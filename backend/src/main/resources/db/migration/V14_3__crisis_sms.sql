-- Crisis messages by SMS (issue 14): one text per person for each crisis message (the first, each update, the
-- all-clear), each row its own outbox entry, claimed with a lease and retried on its own, so a slow or failing gateway
-- holds up nobody else. message names which crisis message a row is for: 'sent', 'all-clear' or an update's id.
-- NO_NUMBER: the person has no phone number in the directory; counted in the log.
alter table crisis_delivery add column message text not null default 'sent';
alter table crisis_delivery drop constraint crisis_delivery_pkey;
alter table crisis_delivery add primary key (crisis_id, person_id, channel, message);
alter table crisis_delivery drop constraint crisis_delivery_status_check;
alter table crisis_delivery add constraint crisis_delivery_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'GAVE_UP', 'NO_NUMBER'));
alter table crisis_delivery add column attempts int not null default 0;
alter table crisis_delivery add column next_attempt_at timestamptz;

create index crisis_delivery_due_idx on crisis_delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
