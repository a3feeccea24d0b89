/**
 * Microsoft Graph (Entra ID users, Outlook mail) through the Microsoft Graph SDK; only plain records
 * of this package and {@code se.budkavle.integration.directory} cross its border, never Graph types.
 */
package se.budkavle.integration.graph;
