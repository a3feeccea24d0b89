/**
 * The page's one live connection (`window.Budkavle.live`): every element on the page follows its topics through
 * it, so a page with ten widgets opens one WebSocket per hub, not ten. Topics are counted, so the socket follows a
 * topic while at least one element wants it; the socket closes when the last element stops following. A 4401 from
 * the hub is announced as `bk-token-expired` on the document, so a sign-in element (bk-session) renews the token.
 */
import { LiveClient, liveUrl } from './live-client.js';

export class PageLive {
	/** @type {Map<string, {client: LiveClient, followers: Set<{topic: string, onEvent: Function, element?: Element}>}>} */
	#connections = new Map();
	#reconnectQueued = false;

	/**
	 * Follows `topic` on `hub` ('' = the page's origin) and calls `onEvent(frame)` for its events.
	 * @param {string} topic
	 * @param {(frame: object) => void} onEvent
	 * @param {{hub?: string, element?: Element}} [options] `element`: whose own `token` to use when the page has none
	 * @returns {() => void} stops following
	 */
	subscribe(topic, onEvent, { hub = '', element } = {}) {
		const connection = this.#connectionFor(hub);
		const follower = { topic, onEvent, element };
		connection.followers.add(follower);
		connection.client.subscribe(topic);
		connection.client.start();
		return () => this.#unfollow(hub, connection, follower);
	}

	/** How many sockets the page holds now (one per hub followed). */
	get connections() {
		return this.#connections.size;
	}

	/**
	 * Signs every socket in again with a fresh token, once per task however often it is called: the person signed
	 * in changed (bk-session, a host page switching users, a widget given a new token).
	 */
	reconnect() {
		if (this.#reconnectQueued) return;
		this.#reconnectQueued = true;
		queueMicrotask(() => {
			this.#reconnectQueued = false;
			for (const { client } of this.#connections.values()) client.reconnect();
		});
	}

	#connectionFor(hub) {
		const key = liveUrl(hub);
		let connection = this.#connections.get(key);
		if (!connection) {
			const followers = new Set();
			const client = new LiveClient({
				hub,
				token: () => pageToken(followers),
				onEvent: (frame) => {
					for (const follower of [...followers]) if (follower.topic === frame.topic) follower.onEvent(frame);
				},
				onUnauthenticated: () => globalThis.document?.dispatchEvent(new CustomEvent('bk-token-expired',
					{ detail: { status: 4401, source: 'live' } })),
			});
			connection = { client, followers };
			this.#connections.set(key, connection);
		}
		return connection;
	}

	#unfollow(hub, connection, follower) {
		if (!connection.followers.delete(follower)) return;
		const { topic } = follower;
		if (![...connection.followers].some((other) => other.topic === topic)) connection.client.unsubscribe(topic);
		if (connection.followers.size === 0) {
			connection.client.stop();
			this.#connections.delete(liveUrl(hub));
		}
	}
}

/** The page-wide token (bk-session or the host page) first, else the own token of an element that follows. */
async function pageToken(followers) {
	let source = globalThis.Budkavle?.token;
	if (source == null) source = [...followers].map(({ element }) => element?.token).find((token) => token != null);
	return typeof source === 'function' ? source() : source;
}

/**
 * The page's shared live connection: `window.Budkavle.live` when the page (or an earlier bundle) has set one, else a
 * new {@link PageLive} put there, so every copy of the bundle on the page shares it too.
 */
export function pageLive() {
	const budkavle = (globalThis.Budkavle ??= {});
	if (typeof budkavle.live?.subscribe !== 'function') budkavle.live = new PageLive();
	return budkavle.live;
}
