-- Prepared crisis messages (issue 14, point 1): templates versioned like posts. Every edit is a new row (id, version)
-- with who made it and when; nothing is updated in place or deleted. A crisis records the template and the version it
-- was written from.
create table crisis_template (
    id           uuid not null,
    version      int not null check (version > 0),
    name         text not null,
    title        text not null,
    body         text not null,
    severity     text not null check (severity in ('INFORMATION', 'WARNING', 'CRITICAL')),
    confirmation text not null check (confirmation in ('RECEIVED', 'SAFETY')),
    updated_at   timestamptz not null,
    updated_by   uuid not null references person (id),
    primary key (id, version)
);

create trigger crisis_template_no_delete before delete on crisis_template
    for each row execute function crisis_refuse_delete();

create function crisis_template_refuse_update() returns trigger language plpgsql as $$
begin
    raise exception 'A crisis template version is never changed: write a new version' using errcode = 'insufficient_privilege';
end;
$$;

create trigger crisis_template_no_update before update on crisis_template
    for each row execute function crisis_template_refuse_update();

alter table crisis add column template_version int;
