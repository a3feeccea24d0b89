/**
 * Microsoft 365: the organisation synchronised from Entra ID through Graph delta queries, and delivery to Teams
 * channels (their Workflows webhooks) and Outlook (Graph sendMail). Switched off unless
 * {@code budkavle.m365.enabled=true}; Graph needs a tenant too.
 */
package se.budkavle.m365;
