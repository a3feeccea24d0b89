-- Views the owning modules publish as their SQL API for the register extract (GDPR art. 15) of one person: what
-- each module holds about them, without naming anyone else (no granted_by, no last_error). Each is listed in its
-- owner's package-info "SQL API:". Versioned 15.4 (issue 15, point 5).

-- org: where the person belongs (what they lead is read from org_unit_manager, published with the cascade module).
create view person_membership_record as
    select person_id, unit_id, is_primary from membership;

-- identity: the roles given to the person in the hub's role table.
create view role_grant_record as
    select person_id, role, unit_id, granted_at, revoked_at from role_grant;

-- acknowledgement: the posts the person confirmed.
create view acknowledgement_record as
    select post_id, person_id, acknowledged_at from acknowledgement;

-- delivery: the person's notifications and what was sent to them on other channels.
create view notification_record as
    select id, recipient_id, kind, title, body, link, post_id, created_at, read_at from notification;

create view delivery_record as
    select id, channel, notification_id, post_id, person_id, status, attempts, created_at, sent_at from delivery;

-- comments: the person's reactions and reports.
create view comment_reaction_record as
    select comment_id, person_id, kind, created_at from comment_reaction;

create view comment_report_record as
    select comment_id, person_id, reason, reported_at, resolved_at from comment_report;

-- questions: the person's upvotes.
create view question_upvote_record as
    select question_id, person_id, upvoted_at from question_upvote;
