/**
 * Who is asking: bearer tokens (Keycloak in production, the hub's own in demo mode) mapped to a person and roles.
 */
package se.budkavle.identity;
