/**
 * The organisation: units in a tree, people, memberships and managers, and the directory import that keeps them current.
 *
 * <p>Tables: unit, unit_closure, person, membership, unit_manager, directory_import, subtree_member. SQL API: none yet;
 * other modules still read these tables directly, listed as debt in src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.org;
