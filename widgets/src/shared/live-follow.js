/**
 * Live updates for an element: follow one topic through the page's own live connection when it offers one
 * (`window.Budkavle.live.subscribe(topic, onEvent)` returning an unsubscribe function), else through a
 * {@link LiveClient} of the element's own, which reconnects with backoff and jitter and resumes after the last
 * event it saw. Live failures are never shown: without live updates an element still works from plain HTTP.
 */
import { LiveClient } from './live-client.js';

/**
 * Follows `topic` for `element` (its `hub` and `token`); returns a function that stops following, or
 * `undefined` when the page has no way to follow it (no WebSocket).
 */
export function follow(element, topic, onEvent) {
	const shared = globalThis.Budkavle?.live;
	if (typeof shared?.subscribe === 'function') return shared.subscribe(topic, onEvent);
	if (typeof globalThis.WebSocket !== 'function') return undefined;
	const client = new LiveClient({ hub: element.hub, token: () => tokenOf(element), topics: [topic], onEvent }).start();
	return () => client.stop();
}

async function tokenOf(element) {
	const source = element.token ?? globalThis.Budkavle?.token;
	return typeof source === 'function' ? source() : source;
}

/** `live="off"` (any case) turns an element's live updates off; anything else, or no attribute, leaves them on. */
export function liveEnabled(value) {
	return String(value ?? '').trim().toLowerCase() !== 'off';
}

/**
 * Runs an (async) task at most once per interval, never twice at the same time: the first `trigger()` runs it at
 * once, triggers during a run or within the interval after it start one more run when the interval is over. So a
 * burst of live events costs one request now and one at the end, and announcements never storm.
 */
export class Throttle {
	#task;
	#interval;
	#last = -Infinity;
	#timer;
	#running = false;
	#pending = false;

	/**
	 * @param {() => unknown} task what to run; its errors are swallowed
	 * @param {() => number} interval milliseconds between the starts of two runs (read at every run)
	 */
	constructor(task, interval) {
		this.#task = task;
		this.#interval = interval;
	}

	trigger() {
		this.#pending = true;
		this.#schedule();
	}

	/** Drops a waiting run (a run in progress finishes). */
	cancel() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#pending = false;
	}

	#schedule() {
		if (this.#running || this.#timer !== undefined || !this.#pending) return;
		const wait = this.#last + Math.max(0, Number(this.#interval()) || 0) - Date.now();
		if (wait > 0) {
			this.#timer = setTimeout(() => {
				this.#timer = undefined;
				this.#schedule();
			}, wait);
			return;
		}
		this.#pending = false;
		this.#running = true;
		this.#last = Date.now();
		Promise.resolve()
			.then(() => this.#task())
			.catch(() => {})
			.finally(() => {
				this.#running = false;
				this.#schedule();
			});
	}
}
