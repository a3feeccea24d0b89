// The fan-out benchmark's load: N WebSocket clients sign in and subscribe to one topic, then E events are published
// one after another through an HTTP route; for each event, publish→receive latency at every client. Prints JSON.
//   node harness.mjs --ws URL --publish URL [--token T | --tokens FILE] [--clients N] [--events E] [--topic T]
//                    [--subscribe TOPIC] [--comments] [--publisher-token T] [--pid PID]
// --tokens gives one bearer token per line, client i signing in with line i (round robin); --subscribe names the
// whole topic (default bench:<topic>); --comments publishes each event as a comment ({"body": …}, with
// --publisher-token) and counts the "comment.created" frames, each belonging to the event being waited for (events
// go one after another), instead of "bench.event" frames that carry their sequence number. --match TYPE with --body FILE
// does the same for any route: each event POSTs the JSON of FILE and counts the frames of event type TYPE (the crisis
// benchmark: POST /api/v1/crises and "crisis.sent"); --event-timeout MS bounds the wait for each event (30,000).
import http from 'node:http';
import { performance } from 'node:perf_hooks';

import { WebSocket } from './ws.mjs';

const options = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
	(arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const clients = Number(options.clients ?? 10_000);
const events = Number(options.events ?? 20);
const topic = options.topic ?? 'fanout';
const token = options.token ?? 'none';
const tokens = options.tokens
	? (await import('node:fs')).readFileSync(options.tokens, 'utf8').trim().split('\n')
	: [token];
const subscription = options.subscribe ?? `bench:${topic}`;
const comments = 'comments' in options;
const body = options.body ? (await import('node:fs')).readFileSync(options.body, 'utf8') : undefined;
// Frames of the awaited event belong to the event being waited for (events go one after another).
const sequential = comments || options.match !== undefined;
const match = options.match ? `"${options.match}"` : comments ? '"comment.created"' : '"bench.event"';
const publisherToken = options['publisher-token'] ?? token;
const batch = Number(options.batch ?? 200);
const eventTimeout = Number(options['event-timeout'] ?? 30_000);

const sentAt = new Map();
const latencies = [];
const receivedPer = new Map();
// How long each publishing request took to answer (for the crisis: the sending transaction).
const publishedIn = [];
// When each publishing request started, on the wall clock (ms since the epoch), for measurements outside the harness.
const startedAt = [];
let waiting;

function connect(index) {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(options.ws, { perMessageDeflate: false });
		const timer = setTimeout(() => reject(new Error('connect/subscribe timed out')), 60_000);
		socket.on('error', reject);
		socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token: tokens[index % tokens.length] })));
		socket.on('close', (code) => socket.subscribed || reject(new Error(`closed ${code} before subscribing`)));
		socket.on('message', (data) => {
			const text = String(data);
			if (socket.subscribed) return received(text);
			const frame = JSON.parse(text);
			if (frame.type === 'ready') socket.send(JSON.stringify({ type: 'subscribe', topics: [subscription] }));
			else if (frame.type === 'subscribed') {
				if (frame.denied?.length) return reject(new Error(`subscription denied: ${frame.denied}`));
				socket.subscribed = true;
				clearTimeout(timer);
				resolve(socket);
			}
		});
	});
}

function received(text) {
	if (!text.includes(match)) return;
	const now = performance.now();
	const seq = sequential ? waiting?.seq : JSON.parse(text).payload.seq;
	const start = sentAt.get(seq);
	if (start === undefined) return;
	latencies.push(now - start);
	const count = (receivedPer.get(seq) ?? 0) + 1;
	receivedPer.set(seq, count);
	if (count === clients && waiting?.seq === seq) waiting.resolve();
}

async function publish(seq) {
	const done = new Promise((resolve) => (waiting = { seq, resolve }));
	sentAt.set(seq, performance.now());
	startedAt.push(Date.now());
	const response = await post(options.publish, publisherToken, body ?? JSON.stringify(comments
		? { body: `Kommentar ${seq}: ${'x'.repeat(200)}` } : { topic, payload: { seq, text: 'x'.repeat(200) } }));
	if (response.status < 200 || response.status > 299) {
		throw new Error(`publish answered ${response.status}: ${response.text}`);
	}
	publishedIn.push(performance.now() - sentAt.get(seq));
	await Promise.race([done, new Promise((resolve) => setTimeout(resolve, eventTimeout))]);
}

// A POST with node:http rather than fetch, which gives up waiting for the answer's headers after 300 s (a crisis
// message to 50,000 people answers when its sending transaction commits).
function post(url, bearer, text) {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json',
			'Content-Length': Buffer.byteLength(text), Authorization: `Bearer ${bearer}` } }, (response) => {
			let answer = '';
			response.on('data', (chunk) => (answer += chunk));
			response.on('end', () => resolve({ status: response.statusCode, text: answer }));
		});
		request.on('error', reject);
		request.end(text);
	});
}

function rssMb(pid) {
	if (!pid) return undefined;
	try {
		const status = require('node:fs').readFileSync(`/proc/${pid}/status`, 'utf8');
		return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
	} catch {
		return undefined;
	}
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const { createRequire } = await import('node:module');
const require = createRequire(import.meta.url);
const connectStart = performance.now();
const sockets = [];
for (let i = 0; i < clients; i += batch) {
	sockets.push(...await Promise.all(Array.from({ length: Math.min(batch, clients - i) }, (_, j) => connect(i + j))));
}
const connectSeconds = (performance.now() - connectStart) / 1000;
const rssAtConnections = rssMb(Number(options.pid));
for (let seq = 1; seq <= events; seq++) {
	await publish(seq);
}
const sorted = latencies.sort((a, b) => a - b);
console.log(JSON.stringify({
	clients,
	events,
	delivered: latencies.length,
	expected: clients * events,
	p50: Number(percentile(sorted, 50)?.toFixed(1)),
	p99: Number(percentile(sorted, 99)?.toFixed(1)),
	max: Number(sorted.at(-1)?.toFixed(1)),
	publishStartedAtMs: startedAt,
	publishAnsweredMs: publishedIn.map((ms) => Number(ms.toFixed(1))),
	connectSeconds: Number(connectSeconds.toFixed(1)),
	rssMbAtConnections: rssAtConnections,
}));
sockets.forEach((socket) => socket.terminate());
process.exit(0);
