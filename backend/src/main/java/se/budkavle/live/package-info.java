/**
 * Live updates: an event log written and announced (pg_notify) in the changing transaction, one LISTEN connection per
 * instance, and the WebSocket gateway {@code /api/v1/live} that fans events out to the people allowed to see them and
 * replays what a reconnecting client missed.
 *
 * <p>Publishers take no lock and commit in parallel. Each takes its transaction id before drawing the event id, and
 * every read of the log also reads its snapshot's running transactions; {@code LogHorizon} hands an
 * event out only when no transaction that could still commit a lower id is running, so every instance and every
 * resuming client gets each event once, in id order (docs/live.md, "Order without a lock").
 *
 * <p>Tables: event. SQL API: none; no other module reads these tables.
 */
package se.budkavle.live;
