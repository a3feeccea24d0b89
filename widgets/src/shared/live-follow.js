/**
 * Live updates for an element: follow one topic through the page's one live connection
 * (`window.Budkavle.live.subscribe(topic, onEvent, {hub, element})` returning an unsubscribe function), which is a
 * {@link PageLive} unless the host page set its own. Live failures are never shown: without live updates an element
 * still works from plain HTTP.
 */
import { pageLive } from './page-live.js';

/**
 * Follows `topic` for `element` (its `hub` and `token`); returns a function that stops following, or
 * `undefined` when the page has no way to follow it (no WebSocket).
 */
export function follow(element, topic, onEvent) {
	const host = globalThis.Budkavle?.live;
	if (typeof host?.subscribe !== 'function' && typeof globalThis.WebSocket !== 'function') return undefined;
	return pageLive().subscribe(topic, onEvent, { hub: element.hub, element });
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
