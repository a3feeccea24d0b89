-- Views that news, comments and questions publish as their SQL API for the records module's search, disclosure
-- and register extract (each listed in its owner's package-info "SQL API:"): every version, hidden and deleted
-- content included, with who and when. Versioned 15.2 (issue 15, point 3).

-- news: posts with the units they were targeted at, and every revision.
create view post_record as
    select p.id, p.author_id, p.title, p.body_markdown, p.status, p.publish_at, p.published_at, p.expires_at,
           p.created_at, p.updated_at, p.version, p.withdrawn_at, p.withdrawn_by, p.withdrawal_reason,
           coalesce((select array_agg(t.unit_id order by t.unit_id) from post_target t where t.post_id = p.id),
                    '{}') as unit_ids
    from post p;

create view post_revision_record as
    select post_id, version, title, body_markdown, edited_by, edited_at from post_revision;

-- news: who was expected to read a post and who first opened it (for the register extract of one person).
create view post_audience_record as
    select a.post_id, a.person_id, a.unit_id, r.first_read_at
    from post_audience a left join post_read r on r.post_id = a.post_id and r.person_id = a.person_id;

-- comments: every comment in every state, each version of its body, each hide and restore.
create view comment_record as
    select id, post_id, parent_id, author_id, body, state, version, created_at, edited_at, deleted_at,
           moderated_at, moderated_by, moderation_reason
    from comment;

create view comment_revision_record as
    select comment_id, version, body, edited_at from comment_revision;

create view comment_moderation_record as
    select comment_id, action, reason, moderator_id, moderated_at from comment_moderation;

-- questions: the question (no asker for an anonymous one, since none is stored) and its thread.
create view question_record as
    select id, subject, body, anonymous, asker_id, visibility, asked_unit_id, unit_id, with_hr, state, asked_at,
           first_answered_at, closed_at
    from question;

create view question_message_record as
    select id, seq, question_id, author_id, by_asker, body, created_at from question_message;
