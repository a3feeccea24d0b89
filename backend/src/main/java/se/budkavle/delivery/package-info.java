/**
 * Delivery: messages to people and units beyond the widgets — an in-app notification store and an outbox that
 * channels (SMTP e-mail here, Microsoft 365 elsewhere) send from, with retries.
 */
package se.budkavle.delivery;
