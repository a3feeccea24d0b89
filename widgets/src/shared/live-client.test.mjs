/**
 * live-client.js against a tiny live hub in node (`ws`): sign-in, subscribe, reconnect with backoff, resume after
 * the last event seen, token refresh on 4401, no reconnect after 4403 or stop().
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WebSocket, WebSocketServer } from 'ws';

import { LiveClient, backoffDelay, liveUrl } from './live-client.js';

/** Speaks the hub's protocol: tokens in `valid` pass, events kept in a log, resume replays after an id. */
async function startHub({ valid = new Set(['good']), forbidden = new Set() } = {}) {
	const server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/api/v1/live' });
	await new Promise((resolve) => server.once('listening', resolve));
	const log = [];
	const sockets = new Set();
	const hub = {
		url: `http://127.0.0.1:${server.address().port}`,
		connections: 0,
		tokens: [],
		resumes: [],
		publish(topic, payload = {}) {
			const event = { type: 'event', id: log.length + 1, topic, event: 'test.event', payload, at: new Date().toISOString() };
			log.push(event);
			for (const socket of sockets) if (socket.topics.has(topic)) socket.send(JSON.stringify(event));
			return event.id;
		},
		dropAll() {
			for (const socket of sockets) socket.terminate();
		},
		close: () => new Promise((resolve) => {
			hub.dropAll();
			server.close(resolve);
		}),
	};
	server.on('connection', (socket) => {
		hub.connections += 1;
		socket.topics = new Set();
		socket.on('message', (data) => {
			const message = JSON.parse(String(data));
			if (message.type === 'auth') {
				hub.tokens.push(message.token);
				if (forbidden.has(message.token)) return socket.close(4403, 'forbidden');
				if (!valid.has(message.token)) return socket.close(4401, 'token expired');
				sockets.add(socket);
				return socket.send(JSON.stringify({ type: 'ready', through: log.length }));
			}
			if (message.type === 'subscribe') {
				message.topics.forEach((topic) => socket.topics.add(topic));
				return socket.send(JSON.stringify({ type: 'subscribed', topics: message.topics, denied: [] }));
			}
			if (message.type === 'resume') {
				hub.resumes.push(message.after);
				log.filter((event) => event.id > message.after && socket.topics.has(event.topic))
					.forEach((event) => socket.send(JSON.stringify(event)));
				return socket.send(JSON.stringify({ type: 'resumed', through: log.length }));
			}
		});
		socket.on('close', () => sockets.delete(socket));
	});
	return hub;
}

/** Resolves when `predicate` holds (checked on every status change and event, and every few milliseconds). */
function waiter() {
	const checks = [];
	const notify = () => checks.splice(0).forEach((check) => (check.predicate() ? check.resolve() : checks.push(check)));
	return {
		notify,
		until: (predicate, timeout = 10_000) => new Promise((resolve, reject) => {
			const poll = setInterval(notify, 5);
			const limit = setTimeout(() => {
				clearInterval(poll);
				reject(new Error(`condition not met within ${timeout} ms: ${predicate}`));
			}, timeout);
			const done = () => {
				clearInterval(poll);
				clearTimeout(limit);
				resolve();
			};
			if (predicate()) done();
			else checks.push({ predicate, resolve: done });
		}),
	};
}

function client(hub, options = {}) {
	const events = [];
	const statuses = [];
	const wait = waiter();
	const live = new LiveClient({
		hub: hub.url,
		token: 'good',
		topics: ['post:1'],
		backoff: { base: 5, max: 40 },
		WebSocket,
		...options,
		onEvent: (event) => {
			events.push(event);
			wait.notify();
		},
		onStatus: (status) => {
			statuses.push(status);
			wait.notify();
		},
	});
	return { live, events, statuses, until: wait.until, ids: () => events.map((event) => event.id) };
}

test('the backoff doubles up to its cap and jitters within the upper half', () => {
	assert.equal(backoffDelay(0, { base: 500, random: () => 0 }), 250);
	assert.equal(backoffDelay(0, { base: 500, random: () => 1 }), 500);
	assert.equal(backoffDelay(3, { base: 500, random: () => 1 }), 4000);
	assert.equal(backoffDelay(20, { base: 500, max: 30_000, random: () => 1 }), 30_000);
	assert.equal(backoffDelay(20, { base: 500, max: 30_000, random: () => 0 }), 15_000);
	const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(4)));
	assert.ok(spread.size > 10, 'delays are jittered');
});

test('the live URL follows the hub attribute and the page scheme', () => {
	assert.equal(liveUrl('https://hub.example/', 'https://intranet.example/page'), 'wss://hub.example/api/v1/live');
	assert.equal(liveUrl('', 'http://localhost:8080/demo/'), 'ws://localhost:8080/api/v1/live');
});

test('a client that drops resumes after the last event it saw and gets each missed event once, in order', async () => {
	const hub = await startHub();
	const { live, until, ids, events } = client(hub);
	try {
		live.start();
		await until(() => hub.resumes.length === 1);
		hub.publish('post:1');
		hub.publish('post:2');
		hub.publish('post:1');
		await until(() => events.length === 2);
		hub.dropAll();
		hub.publish('post:1');
		hub.publish('post:1');
		await until(() => events.length === 4);
		assert.deepEqual(ids(), [1, 3, 4, 5]);
		assert.deepEqual(hub.resumes, [0, 3]);
		assert.equal(hub.connections, 2);
		hub.publish('post:1');
		await until(() => events.length === 5);
		assert.deepEqual(ids(), [1, 3, 4, 5, 6]);
	} finally {
		live.stop();
		await hub.close();
	}
});

test('an expired token (4401) makes the client ask the token callback again and carry on', async () => {
	const hub = await startHub();
	const handedOut = ['expired', 'good'];
	const { live, statuses, until } = client(hub, { token: async () => handedOut.shift() ?? 'good' });
	try {
		live.start();
		await until(() => statuses.includes('live'));
		assert.deepEqual(hub.tokens, ['expired', 'good']);
	} finally {
		live.stop();
		await hub.close();
	}
});

test('a forbidden client (4403) stops instead of reconnecting', async () => {
	const hub = await startHub({ forbidden: new Set(['stranger']) });
	const { live, statuses, until } = client(hub, { token: 'stranger' });
	try {
		live.start();
		await until(() => statuses.includes('forbidden'));
		await new Promise((resolve) => setTimeout(resolve, 100));
		assert.equal(hub.connections, 1);
	} finally {
		live.stop();
		await hub.close();
	}
});

test('stop() closes the socket and no reconnection follows', async () => {
	const hub = await startHub();
	const { live, statuses, until } = client(hub);
	try {
		live.start();
		await until(() => statuses.includes('live'));
		live.stop();
		hub.dropAll();
		await new Promise((resolve) => setTimeout(resolve, 100));
		assert.equal(hub.connections, 1);
		assert.equal(statuses.at(-1), 'stopped');
	} finally {
		await hub.close();
	}
});
