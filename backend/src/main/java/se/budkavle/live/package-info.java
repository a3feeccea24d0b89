/**
 * Live updates: an event log written and announced (pg_notify) in the changing transaction, one LISTEN connection per
 * instance, and the WebSocket gateway {@code /api/v1/live} that fans events out to the people allowed to see them and
 * replays what a reconnecting client missed.
 *
 * <p>Tables: event. SQL API: none; no other module reads these tables.
 */
package se.budkavle.live;
