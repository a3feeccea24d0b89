/**
 * A widget's live connection to the hub (`/api/v1/live`, protocol in docs/live.md): signs in with the token
 * callback, follows topics, hands events to `onEvent`, and when the socket drops reconnects with exponential
 * backoff and jitter, fetching a fresh token (4401) and resuming after the last event it saw so nothing is missed
 * or seen twice. Call `stop()` from `disconnectedCallback`.
 */
import { apiUrl } from './api-client.js';
import { resolveToken } from './token-source.js';

/** Close codes the hub uses (docs/live.md). */
export const CloseCode = Object.freeze({ UNAUTHENTICATED: 4401, FORBIDDEN: 4403, TOO_SLOW: 4429 });

/** The WebSocket URL of the live endpoint for a `hub` attribute ('' = same origin). */
export function liveUrl(hub, base = globalThis.location?.href) {
	const url = new URL(apiUrl(hub, 'live'), base);
	url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
	return url.href;
}

/**
 * How long to wait before reconnect attempt `attempt` (0-based): exponential, capped, with "equal jitter"
 * (half fixed, half random) so that thousands of widgets dropped together do not all come back at once.
 */
export function backoffDelay(attempt, { base = 500, max = 30_000, random = Math.random } = {}) {
	const ceiling = Math.min(max, base * 2 ** Math.min(attempt, 30));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export class LiveClient {
	/**
	 * @param {object} options
	 * @param {string} [options.hub] the hub's base URL ('' = same origin)
	 * @param {unknown} [options.token] the token or token callback (see token-source.js)
	 * @param {string[]} [options.topics] topics to follow, e.g. `['feed']` or `['post:<id>']`
	 * @param {(event: {id: number, topic: string, event: string, payload: object, at: string}) => void} [options.onEvent]
	 * @param {(status: 'connecting'|'live'|'reconnecting'|'forbidden'|'stopped') => void} [options.onStatus]
	 * @param {() => void} [options.onUnauthenticated] called when the hub closes with 4401, before the next attempt
	 * @param {number} [options.after] resume after this event id on the first connection too
	 * @param {object} [options.backoff] `{base, max, random}` for {@link backoffDelay}
	 * @param {typeof WebSocket} [options.WebSocket] the WebSocket class (tests pass node's `ws`)
	 */
	constructor({ hub = '', token, topics = [], onEvent = () => {}, onStatus = () => {}, onUnauthenticated = () => {},
		after, backoff = {}, WebSocket: socketClass = globalThis.WebSocket, base } = {}) {
		this.url = liveUrl(hub, base);
		this.token = token;
		this.topics = new Set(topics);
		this.onEvent = onEvent;
		this.onStatus = onStatus;
		this.onUnauthenticated = onUnauthenticated;
		this.lastEventId = after;
		this.backoff = backoff;
		this.WebSocket = socketClass;
		this.attempt = 0;
		this.stopped = true;
		this.socket = undefined;
		this.timer = undefined;
	}

	start() {
		if (!this.stopped) return this;
		this.stopped = false;
		this.#connect();
		return this;
	}

	stop() {
		this.stopped = true;
		clearTimeout(this.timer);
		this.timer = undefined;
		const socket = this.socket;
		this.socket = undefined;
		if (socket && socket.readyState <= 1) socket.close(1000, 'stopped');
		this.onStatus('stopped');
	}

	/** Follows more topics, now if connected and again after every reconnection. */
	subscribe(...topics) {
		const added = topics.filter((topic) => !this.topics.has(topic));
		added.forEach((topic) => this.topics.add(topic));
		if (added.length > 0 && this.live) this.#send({ type: 'subscribe', topics: added });
	}

	/** Stops following topics, now if connected; they are not followed again after a reconnection. */
	unsubscribe(...topics) {
		const removed = topics.filter((topic) => this.topics.delete(topic));
		if (removed.length > 0 && this.live) this.#send({ type: 'unsubscribe', topics: removed });
	}

	/** Drops the socket and connects again at once, asking the token callback anew (the signed-in person changed). */
	reconnect() {
		if (this.stopped) return;
		const socket = this.socket;
		this.socket = undefined;
		this.live = false;
		clearTimeout(this.timer);
		if (socket && socket.readyState <= 1) socket.close(1000, 'reconnecting');
		this.attempt = 0;
		this.#connect();
	}

	async #connect() {
		// Only the latest attempt may open a socket: a reconnect() during an earlier token request supersedes it.
		const attempt = (this.connecting = (this.connecting ?? 0) + 1);
		this.live = false;
		this.onStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
		let token;
		try {
			token = await resolveToken(this.token);
		} catch {
			token = undefined;
		}
		if (this.stopped || attempt !== this.connecting) return;
		if (!token) {
			this.#retry();
			return;
		}
		const socket = new this.WebSocket(this.url);
		this.socket = socket;
		socket.onopen = () => socket.send(JSON.stringify({ type: 'auth', token }));
		socket.onmessage = (message) => this.#receive(socket, message.data);
		socket.onclose = (close) => this.#closed(socket, close.code);
		socket.onerror = () => {};
	}

	#receive(socket, data) {
		if (socket !== this.socket) return;
		let frame;
		try {
			frame = JSON.parse(String(data));
		} catch {
			return;
		}
		if (frame.type === 'ready') this.#ready(frame);
		else if (frame.type === 'event') this.#event(frame);
		else if (frame.type === 'resumed') this.attempt = 0;
	}

	#ready(frame) {
		this.live = true;
		this.lastEventId ??= frame.through;
		if (this.topics.size > 0) this.#send({ type: 'subscribe', topics: [...this.topics] });
		// Always resume: on a first connection it covers the moment between `ready` and `subscribe`.
		if (this.lastEventId !== undefined) this.#send({ type: 'resume', after: this.lastEventId });
		this.onStatus('live');
	}

	#event(frame) {
		if (typeof frame.id !== 'number') return;
		if (this.lastEventId !== undefined && frame.id <= this.lastEventId) return;
		this.lastEventId = frame.id;
		this.onEvent(frame);
	}

	#closed(socket, code) {
		if (socket !== this.socket || this.stopped) return;
		this.socket = undefined;
		this.live = false;
		if (code === CloseCode.FORBIDDEN) {
			this.stopped = true;
			this.onStatus('forbidden');
			return;
		}
		// 4401: the next attempt asks the token callback again, which refreshes an expired token.
		if (code === CloseCode.UNAUTHENTICATED) this.onUnauthenticated();
		this.#retry();
	}

	#retry() {
		const delay = backoffDelay(this.attempt, this.backoff);
		this.attempt += 1;
		this.onStatus('reconnecting');
		clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			if (!this.stopped) this.#connect();
		}, delay);
	}

	#send(frame) {
		if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(frame));
	}
}
