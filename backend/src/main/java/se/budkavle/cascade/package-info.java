/**
 * Cascade (budkavle): a central message relayed down the manager chain — the toolkit, each manager's relay (a local
 * post, a workplace meeting, a printed sheet), and the tracker that shows where it stopped.
 *
 * <p>Tables: cascade, cascade_target, cascade_unit, cascade_open, cascade_relay, cascade_question, cascade_reminder.
 * SQL API: none; no other module reads these tables.
 */
package se.budkavle.cascade;
