// Load and client side of the drills (bench/drills/run.sh): every command is bounded in time and prints one JSON
// line of figures. Loopback only. Usage: node drill.mjs <command> …
import { readFileSync, writeFileSync } from 'node:fs';
import { WebSocket } from '../fanout/ws.mjs';

const [command, ...args] = process.argv.slice(2);
const now = () => Date.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const print = (figures) => console.log(JSON.stringify(figures));

// tokens HUB PEOPLE_FILE: "personId token" per line, from POST /demo/token.
async function tokens(hub, file) {
	const ids = readFileSync(file, 'utf8').trim().split('\n');
	const out = new Array(ids.length);
	let next = 0;
	await Promise.all(Array.from({ length: 8 }, async () => {
		while (next < ids.length) {
			const i = next++;
			const response = await fetch(`${hub}/demo/token`, { method: 'POST',
				headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personId: ids[i] }) });
			if (!response.ok) throw new Error(`POST /demo/token answered ${response.status}`);
			out[i] = `${ids[i]} ${(await response.json()).access_token}`;
		}
	}));
	console.log(out.join('\n'));
}

// acks HUB POST TOKENS_FILE OK_FILE CONCURRENCY: one acknowledgement per person until the list ends; the people
// answered 200 go to OK_FILE. Connection errors (the hub killed) count as failed, not as sent-and-lost.
async function acks(hub, post, file, okFile, concurrency) {
	const people = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(' '));
	const ok = [];
	let next = 0;
	let failed = 0;
	let errors = 0;
	await Promise.all(Array.from({ length: Number(concurrency) }, async () => {
		while (next < people.length) {
			const [person, token] = people[next++];
			try {
				const response = await fetch(`${hub}/api/v1/posts/${post}/acknowledgement`, { method: 'PUT',
					headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
				await response.arrayBuffer();
				if (response.status === 200) ok.push(person); else failed++;
			}
			catch {
				errors++;
			}
		}
	}));
	writeFileSync(okFile, ok.join('\n') + '\n');
	print({ sent: people.length, ok: ok.length, failedStatus: failed, connectionErrors: errors });
}

// load HUB TOKEN READY_PATH SECONDS EVENTS_FILE: GET /api/v1/feed at 4 connections and the readiness every 250 ms,
// each answer logged as "ms kind status" (kind: api | ready).
async function load(hub, token, readyPath, seconds, eventsFile) {
	const end = now() + Number(seconds) * 1000;
	const events = [];
	const log = (kind, status) => events.push(`${now()} ${kind} ${status}`);
	const api = async () => {
		while (now() < end) {
			try {
				const response = await fetch(`${hub}/api/v1/feed?limit=5`, { headers: { authorization: `Bearer ${token}` },
					signal: AbortSignal.timeout(10_000) });
				const body = await response.text();
				log('api', response.status + (response.status >= 500 ? ` ${response.headers.get('content-type')} ${JSON.stringify(body.slice(0, 80))}` : ''));
			}
			catch (error) {
				log('api', 'error');
				await sleep(50);
			}
		}
	};
	const ready = async () => {
		while (now() < end) {
			try {
				const response = await fetch(hub + readyPath, { signal: AbortSignal.timeout(2_000) });
				await response.arrayBuffer();
				log('ready', response.status);
			}
			catch {
				log('ready', 'error');
			}
			await sleep(250);
		}
	};
	await Promise.all([api(), api(), api(), api(), ready()]);
	writeFileSync(eventsFile, events.join('\n') + '\n');
}

function open(url, token, topics) {
	return new Promise((resolve, reject) => {
		const socket = new WebSocket(url.replace(/^http/, 'ws') + '/api/v1/live');
		socket.messages = [];
		socket.on('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
		socket.on('message', (data) => {
			const message = JSON.parse(data);
			socket.messages.push(message);
			if (message.type === 'ready') socket.send(JSON.stringify({ type: 'subscribe', topics }));
			if (message.type === 'subscribed') resolve(socket);
		});
		socket.on('error', reject);
		socket.on('close', (code) => { socket.closeCode = code; reject(new Error(`closed ${code}`)); });
	});
}

// sockets HUB TOKENS_FILE COUNT PID_FILE: COUNT sockets following the feed; then waits (up to 60 s) for them to
// close, prints the close codes and, for the hub stopped meanwhile, nothing else (the script times the exit).
async function sockets(hub, file, count) {
	const people = readFileSync(file, 'utf8').trim().split('\n').map((line) => line.split(' '));
	const open_ = await Promise.all(people.slice(0, Number(count)).map(([, token]) => open(hub, token, ['feed'])));
	console.log(JSON.stringify({ open: open_.length }));
	const codes = await Promise.all(open_.map((socket) => new Promise((resolve) => {
		if (socket.closeCode) resolve(socket.closeCode);
		socket.removeAllListeners('close');
		socket.on('close', (code) => resolve(code));
		setTimeout(() => resolve('still open'), 60_000);
	})));
	const byCode = {};
	codes.forEach((code) => { byCode[code] = (byCode[code] ?? 0) + 1; });
	print({ closeCodes: byCode });
}

// slow HUB TOKEN SECONDS: a socket that follows the feed and stops reading; how it ends.
async function slow(hub, token, seconds) {
	const socket = await open(hub, token, ['feed']);
	const started = now();
	socket._socket.pause();
	const code = await new Promise((resolve) => {
		socket.removeAllListeners('close');
		socket.on('close', (closeCode, reason) => resolve(`${closeCode} ${reason}`));
		setTimeout(() => resolve('still open'), Number(seconds) * 1000);
		// the close frame is only read once reading resumes: resume after a while and look
		setTimeout(() => socket._socket.resume(), Number(seconds) * 500);
	});
	print({ slowClient: code, seconds: (now() - started) / 1000 });
	socket.terminate();
}

// resume HUB_B HUB_A TOKEN_B TOKEN_A EXPECTED SIGNAL_FILE (the same person's tokens from each instance): follows the feed on B; after the first events writes SIGNAL_FILE (the
// script then kills B); on B's loss reconnects to A and resumes after the last id; stops at EXPECTED events or 90 s.
async function resume(hubB, hubA, token, tokenA, expected, signalFile) {
	const ids = [];
	let signalled = false;
	const follow = (socket) => new Promise((resolve) => {
		socket.on('message', (data) => {
			const message = JSON.parse(data);
			if (message.type === 'event') ids.push(message.id);
			if (!signalled && ids.length >= 20) { signalled = true; writeFileSync(signalFile, 'go'); }
			if (ids.length >= Number(expected)) resolve('all');
		});
		socket.on('close', (code) => resolve(`closed ${code}`));
	});
	const first = await open(hubB, token, ['feed']);
	const deadline = sleep(90_000).then(() => 'timeout');
	const endB = await Promise.race([follow(first), deadline]);
	let reconnectedAfter = null;
	let endA = endB;
	if (endB !== 'all' && endB !== 'timeout') {
		const lost = now();
		const second = await open(hubA, tokenA, ['feed']);
		second.send(JSON.stringify({ type: 'resume', after: ids[ids.length - 1] ?? 0 }));
		reconnectedAfter = (now() - lost) / 1000;
		endA = await Promise.race([follow(second), deadline]);
		second.terminate();
	}
	const unique = new Set(ids);
	const ordered = ids.every((id, i) => i === 0 || id > ids[i - 1]);
	print({ onB: endB, end: endA, received: ids.length, unique: unique.size, duplicates: ids.length - unique.size,
		inOrder: ordered, reconnectSeconds: reconnectedAfter, ids: `${ids[0]}…${ids[ids.length - 1]}` });
	process.exit(0);
}

const commands = { tokens, acks, load, sockets, slow, resume };
if (!commands[command]) {
	console.error(`unknown command ${command}; one of ${Object.keys(commands).join(', ')}`);
	process.exit(2);
}
await commands[command](...args);
