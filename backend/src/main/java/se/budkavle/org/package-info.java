/**
 * The organisation: units in a tree, people, memberships and managers, and the directory import that keeps them current.
 *
 * <p>Tables: unit, unit_closure, person, membership, unit_manager, directory_import, subtree_member. SQL API: org_unit,
 * org_unit_subtree, org_person. Older modules still read the tables directly, listed as debt in
 * src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.org;
