/**
 * Who is asking: bearer tokens (Keycloak in production, the hub's own in demo mode) mapped to a person and roles, each
 * role for the whole organisation or a unit's subtree, from the token and the role table that administrators edit.
 * Verified tokens (by hash, until {@code exp}) and their viewers are cached; every instance forgets the viewers when a
 * directory import changes something or a role is given or withdrawn ({@link se.budkavle.identity.ViewerChanges}).
 *
 * <p>Tables: known_admin, role_grant. SQL API: role_grant_record. That view serves the records module's register
 * extract; records' function audit_append writes the audit trail of role changes.
 */
package se.budkavle.identity;
