/**
 * Who is asking: bearer tokens (Keycloak in production, the hub's own in demo mode) mapped to a person and roles.
 *
 * <p>Tables: known_admin. SQL API: none; no other module reads these tables.
 */
package se.budkavle.identity;
