-- A directory import that changed a few people rewrites only their rows of the read model: found by person, not by
-- reading all of it (300,000 rows in a 50,000-person organisation).
create index subtree_member_person_idx on subtree_member (person_id);
