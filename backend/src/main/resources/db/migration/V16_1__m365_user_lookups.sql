-- An incremental sync looks up only the users a delta touches: the reports of a changed user (and theirs, down the
-- manager tree) and the holders of a changed e-mail address.
create index m365_user_manager on m365_user (manager_id);
create index m365_user_mail on m365_user (lower(mail));
