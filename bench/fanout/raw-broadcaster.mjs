// The baseline of the fan-out benchmark: a bare Node `ws` server that speaks just enough of the live protocol for the
// harness (auth → ready, subscribe → subscribed) and sends each POST /publish body, wrapped as the hub's event frame,
// to every connected client (event type "bench.event", or the body's `event`: the crisis benchmark sends "crisis.sent"). No database, no authorisation, no per-session queue: what sending the bytes costs.
//   node raw-broadcaster.mjs PORT
import { createServer } from 'node:http';

import { WebSocketServer } from './ws.mjs';

const port = Number(process.argv[2] ?? 0);
let nextId = 0;
const server = createServer((request, response) => {
	if (request.method !== 'POST' || request.url !== '/publish') {
		response.writeHead(404).end();
		return;
	}
	let body = '';
	request.on('data', (chunk) => (body += chunk));
	request.on('end', () => {
		const { topic, payload, event } = JSON.parse(body);
		nextId += 1;
		const frame = JSON.stringify({ type: 'event', id: nextId, topic: `bench:${topic}`, event: event ?? 'bench.event', payload,
			at: new Date().toISOString() });
		for (const client of sockets.clients) client.send(frame);
		response.writeHead(202, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: nextId }));
	});
});
const sockets = new WebSocketServer({ server, path: '/api/v1/live' });
sockets.on('connection', (socket) => {
	socket.on('message', (data) => {
		const message = JSON.parse(String(data));
		if (message.type === 'auth') socket.send(JSON.stringify({ type: 'ready', through: nextId }));
		else if (message.type === 'subscribe') socket.send(JSON.stringify({ type: 'subscribed', topics: message.topics, denied: [] }));
	});
});
server.listen(port, '127.0.0.1', () => console.log(`raw broadcaster on ${server.address().port}`));
