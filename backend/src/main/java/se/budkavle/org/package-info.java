/**
 * The organisation: units in a tree, people, memberships and managers, and the directory import that keeps them
 * current.
 *
 * <p>Tables: unit, unit_closure, person, membership, unit_manager, directory_import. SQL API: org_unit,
 * org_unit_subtree, org_person, org_person_phone, org_unit_manager, person_membership_record, subtree_member. The last is the read
 * model of every active person under every unit: counting or listing a subtree's people is one index range scan;
 * org_unit_manager says who leads which unit (deputy or not); org_person_phone gives the phone numbers (E.164), read only
 * where they may be shown (the crisis roll call, the register extract); person_membership_record says which units each
 * person belongs to and which is their primary one (news audiences, question routing, reach, the register extract).
 * Every other module reads org's data through these views only.
 */
package se.budkavle.org;
