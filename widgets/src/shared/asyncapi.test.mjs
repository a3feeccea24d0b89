// The live protocol's AsyncAPI document (served at /api/v1/live/asyncapi.json) is valid AsyncAPI 3.0: the parser
// and its built-in rules report no error. The backend's LiveContractTests check it names every published event type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';

const DOCUMENT = new URL('../../../backend/src/main/resources/asyncapi/live.json', import.meta.url);
const ERROR = 0;

test('the live protocol document is valid AsyncAPI 3.0 with no errors', async () => {
	const text = await readFile(DOCUMENT, 'utf8');
	const { document, diagnostics } = await new Parser().parse(text);
	const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR);
	assert.deepEqual(errors.map((error) => `${error.path.join('.')}: ${error.message}`), []);
	assert.ok(document, 'the parser returns a document');
	assert.equal(document.version(), '3.0.0');
	const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 1);
	assert.deepEqual(warnings.map((warning) => `${warning.path.join('.')}: ${warning.message}`), []);
});

test('the document describes every client and server message of the protocol', async () => {
	const { document } = await new Parser().parse(await readFile(DOCUMENT, 'utf8'));
	const received = document.operations().filterByReceive().flatMap((operation) => operation.messages().all())
		.map((message) => message.id());
	const sent = document.operations().filterBySend().flatMap((operation) => operation.messages().all())
		.map((message) => message.id());
	assert.deepEqual(new Set(received), new Set(['auth', 'subscribe', 'unsubscribe', 'resume', 'ping']));
	for (const type of ['ready', 'subscribed', 'resumed', 'heartbeat', 'pong', 'error', 'postPublished']) {
		assert.ok(sent.includes(type), `the hub sends ${type}`);
	}
});
