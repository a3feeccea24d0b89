-- Phone numbers in the directory (issue 14): the number a person is reached on in a crisis (mobile first), in E.164
-- form, from the directory file, the Entra ID sync or the demo organisation. It is personal data shown in one place
-- only: the roll call, to those who may call the person (their managers, the crisis role). Organisation publishes it
-- in a view of its own rather than in org_person, so that no module reading names reads phone numbers by the way.
alter table person add column phone text check (phone ~ '^\+[1-9][0-9]{6,14}$');

create view org_person_phone as
    select id, phone from person where phone is not null;

-- The Microsoft 365 connector keeps what Entra ID holds (mobilePhone, else the first of businessPhones) as written.
alter table m365_user add column phone text;
