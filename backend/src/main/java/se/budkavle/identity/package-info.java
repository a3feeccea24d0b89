/**
 * Who is asking: bearer tokens (Keycloak in production, the hub's own in demo mode) mapped to a person and roles, each
 * role for the whole organisation or a unit's subtree, from the token and the role table ({@code role_grant}) that
 * administrators edit.
 */
package se.budkavle.identity;
