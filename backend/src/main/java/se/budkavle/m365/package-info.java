/**
 * Microsoft 365: the organisation synchronised from Entra ID through Graph delta queries, and delivery to Teams
 * channels (their Workflows webhooks) and Outlook (Graph sendMail). Switched off unless
 * {@code budkavle.m365.enabled=true}; Graph needs a tenant too.
 *
 * <p>Tables: m365_user, m365_user_staged, m365_sync_state, m365_sync_run. SQL API: none; no other module reads these
 * tables.
 */
package se.budkavle.m365;
