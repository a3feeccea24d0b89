-- Issue 16: a full sync stages each page of users here as it arrives, while Graph serves the next page; the
-- organisation is then applied from these rows and they replace m365_user in the same transaction. Scratch rows of
-- one run (unlogged: a crash loses only a run that failed anyway), deleted when it ends; has_properties and
-- has_manager tell whether the entry carried the properties and the manager, for a user seen twice in one fetch.
create unlogged table m365_user_staged (
    run_id              uuid not null,
    id                  text not null,
    display_name        text,
    mail                text,
    user_principal_name text,
    job_title           text,
    department          text,
    office_location     text,
    employee_id         text,
    account_enabled     boolean,
    manager_id          text,
    path                text,
    phone               text,
    has_properties      boolean not null,
    has_manager         boolean not null,
    primary key (run_id, id)
);

-- How many users m365_user holds, kept with each sync: a run's expected size without counting the table.
alter table m365_sync_state add column users integer;
update m365_sync_state set users = (select count(*) from m365_user);
