/**
 * A tiny live hub in node (`ws`) speaking the `/api/v1/live` protocol of docs/live.md, for element tests: any
 * non-empty token signs in, events are kept in a log, `resume` replays the followed topics after an id.
 * Give an element `hub=${hub.url}`: its HTTP calls are still answered by `page.route()` (serveApi), its
 * WebSocket comes here.
 */
import { WebSocketServer } from 'ws';

export async function startLiveHub() {
	const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/api/v1/live' });
	await new Promise((resolve) => server.once('listening', resolve));
	const log = [];
	const sockets = new Set();
	const hub = {
		url: `http://127.0.0.1:${server.address().port}`,
		/** Sockets opened so far. */
		connections: 0,
		/** Sockets signed in and open now. */
		get open() {
			return sockets.size;
		},
		/** Every topic subscribed, in order, across sockets. */
		subscriptions: [],
		/** The `after` of every `resume`, in order. */
		resumes: [],
		/** Every topic unsubscribed, in order, across sockets. */
		unsubscriptions: [],
		/** The token of every `auth`, in order. */
		tokens: [],
		/** Tokens refused with 4401, as the hub does with an expired one. */
		refused: new Set(),
		/** Appends an event to the log and sends it to the open sockets following its topic; returns its id. */
		publish(topic, event, payload = {}) {
			const frame = { type: 'event', id: log.length + 1, topic, event, payload, at: new Date().toISOString() };
			log.push(frame);
			for (const socket of sockets) if (socket.topics.has(topic)) socket.send(JSON.stringify(frame));
			return frame.id;
		},
		/** Drops every socket as a failed network would (no close frame: the client sees 1006). */
		dropAll() {
			for (const socket of sockets) socket.terminate();
			sockets.clear();
		},
		/** Resolves when `predicate()` holds, checked every few milliseconds. */
		until(predicate, timeout = 10_000) {
			return new Promise((resolve, reject) => {
				const started = Date.now();
				const check = () => {
					if (predicate()) return resolve();
					if (Date.now() - started > timeout) return reject(new Error(`condition not met within ${timeout} ms: ${predicate}`));
					setTimeout(check, 10);
				};
				check();
			});
		},
		close: () => new Promise((resolve) => {
			for (const socket of server.clients) socket.terminate();
			server.close(resolve);
		}),
	};
	server.on('connection', (socket) => {
		hub.connections += 1;
		socket.topics = new Set();
		socket.on('message', (data) => {
			let message;
			try {
				message = JSON.parse(String(data));
			} catch {
				return;
			}
			if (message.type === 'auth') {
				hub.tokens.push(message.token);
				if (typeof message.token !== 'string' || message.token === '' || hub.refused.has(message.token)) {
					return socket.close(4401, 'unauthenticated');
				}
				sockets.add(socket);
				return socket.send(JSON.stringify({ type: 'ready', through: log.length }));
			}
			if (!sockets.has(socket)) return socket.close(4401, 'unauthenticated');
			if (message.type === 'subscribe') {
				message.topics.forEach((topic) => socket.topics.add(topic));
				hub.subscriptions.push(...message.topics);
				return socket.send(JSON.stringify({ type: 'subscribed', topics: message.topics, denied: [] }));
			}
			if (message.type === 'unsubscribe') {
				message.topics.forEach((topic) => socket.topics.delete(topic));
				hub.unsubscriptions.push(...message.topics);
				return undefined;
			}
			if (message.type === 'resume') {
				hub.resumes.push(message.after);
				log.filter((event) => event.id > message.after && socket.topics.has(event.topic))
					.forEach((event) => socket.send(JSON.stringify(event)));
				return socket.send(JSON.stringify({ type: 'resumed', through: log.length }));
			}
			if (message.type === 'ping') return socket.send(JSON.stringify({ type: 'pong' }));
		});
		socket.on('close', () => sockets.delete(socket));
	});
	return hub;
}
