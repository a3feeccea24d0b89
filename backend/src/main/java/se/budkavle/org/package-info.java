/**
 * The organisation: units in a tree, people, memberships and managers, and the directory import that keeps them current.
 *
 * <p>Tables: unit, unit_closure, person, membership, unit_manager, directory_import. SQL API: subtree_member. The
 * read model subtree_member (every active person under every unit) lets any module count or list a subtree's people
 * in one index range scan; other modules still read the other tables directly, listed as debt in
 * src/test/resources/sql-boundary-debt.txt.
 */
package se.budkavle.org;
