/**
 * Delivery: messages to people and units beyond the widgets — an in-app notification store and an outbox that channels
 * (SMTP e-mail and Web Push here, Microsoft 365 elsewhere) send from, with retries.
 *
 * <p>Tables: notification, announcement, delivery, web_push_subscription. SQL API: notification_record, delivery_record,
 * web_push_subscription_record. Those views serve the
 * records module's register extract; no other module reads these tables.
 */
package se.budkavle.delivery;
