-- Records: the audit trail of every administrative and moderating action (who, when, what, why). Append-only: the
-- schema refuses UPDATE, DELETE and TRUNCATE to everyone, the table's owner included (the hub usually runs as the
-- owner, since Flyway and the application share a role), by revoking the privileges and by triggers that raise,
-- which hold for a superuser too. Versioned 15.1 (issue 15, point 1).
create table audit_entry (
    id        bigint generated always as identity primary key,
    at        timestamptz not null default now(),
    actor_id  uuid,
    action    text not null check (action ~ '^[a-z]+(\.[a-z-]+)+$'),
    subject   text not null,
    unit_id   uuid,
    reason    text
);

create index audit_entry_at_idx on audit_entry (at, id);
create index audit_entry_action_idx on audit_entry (action, at, id);
create index audit_entry_actor_idx on audit_entry (actor_id, at, id);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % refused on audit_entry', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

revoke update, delete, truncate on audit_entry from public;
revoke update, delete, truncate on audit_entry from current_user;

-- The SQL API of records for the modules below it (identity, org), which cannot call records' Java API without a
-- cycle: appends one entry, in the caller's transaction.
create function audit_append(actor uuid, action text, subject text, unit uuid, reason text) returns void
    language sql as $$
    insert into audit_entry (actor_id, action, subject, unit_id, reason) values (actor, action, subject, unit, reason)
$$;

-- The records role (registrator, arkivarie) joins the roles of the role table; crisis is listed for the crisis
-- module's role so that the order the two migrations run in does not matter.
alter table role_grant drop constraint role_grant_role_check;
alter table role_grant add constraint role_grant_role_check
    check (role in ('COMMUNICATOR', 'HR', 'ADMIN', 'CRISIS', 'RECORDS'));
