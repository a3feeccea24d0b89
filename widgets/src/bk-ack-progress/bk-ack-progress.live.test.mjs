/**
 * bk-ack-progress's live updates against a tiny live hub in node: numbers reloaded on `acknowledgement.progress`,
 * announced politely at most once per interval, the drilled-into unit reloaded as shown, reconnect with resume
 * after the hub drops the socket, and axe after an update.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json, serveApi } from '../../test/support/api.mjs';
import { mountElement } from '../../test/support/elements.mjs';

const POST = 'b0000000-0000-4000-8000-000000000001';
const SYD = 'c0000000-0000-4000-8000-000000000001';
const NORR = 'c0000000-0000-4000-8000-000000000002';
const ACKS = /\/api\/v1\/posts\/[^/]+\/acknowledgements(\?|$)/;
const PENDING = /\/api\/v1\/posts\/[^/]+\/acknowledgements\/pending\?/;
const TOPIC = `acknowledgements:${POST}`;

/** The hub's acknowledgements now: `progress.syd` and `progress.norr` acknowledged of 20 and 10. */
function acknowledgementsApi() {
	const progress = { syd: 10, norr: 2, olleAcknowledged: false };
	const answer = (request) => {
		const units = [
			{ unitId: SYD, name: 'Hemtjänst Syd', audience: 20, acknowledged: progress.syd },
			{ unitId: NORR, name: 'Hemtjänst Norr', audience: 10, acknowledged: progress.norr },
		];
		const unit = new URL(request.url()).searchParams.get('unitId');
		const shown = unit ? units.filter((row) => row.unitId === unit) : units;
		return json({
			postId: POST,
			title: 'Nya rutiner för nyckelhantering',
			deadline: '2026-12-24T12:00:00Z',
			audience: shown.reduce((sum, row) => sum + row.audience, 0),
			acknowledged: shown.reduce((sum, row) => sum + row.acknowledged, 0),
			byUnit: shown,
			pending: [{ personId: 'd3', displayName: 'Olle Berg', unitName: 'Hemtjänst Norr' }],
		});
	};
	const pending = () => json({ next: null, groups: progress.olleAcknowledged ? [] : [{ unitId: NORR, unitName: 'Hemtjänst Norr',
		people: [{ personId: 'd3', displayName: 'Olle Berg' }] }] });
	return { progress, answer, pending };
}

/** Serves the progress and the pending list; returns the progress calls. */
async function serveAcks(page, answer, pending) {
	await serveApi(page, PENDING, pending);
	return serveApi(page, ACKS, answer);
}

let server;
let browser;
let filePage;
let hub;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	filePage = pagePerFile(browser);
});

after(async () => {
	await filePage?.close();
	await browser?.close();
	await server?.close();
});

beforeEach(async () => {
	hub = await startLiveHub();
});

afterEach(async () => {
	await hub?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

const widget = (page) => page.locator('bk-ack-progress');
const total = (page) => widget(page).locator('.total-text');
const status = (page) => widget(page).locator('.base > [role=status]');

/** Mounts the element (intervals shortened for the test) and resolves once it shows and follows its topic live. */
async function mountLive(page, { announceInterval = 1500 } = {}) {
	await mountElement(page, `${server.url}/`, 'bk-ack-progress', { attributes: { post: POST, hub: hub.url } });
	await page.evaluate((announceInterval) => Object.assign(document.querySelector('bk-ack-progress'),
		{ liveInterval: 50, announceInterval }), announceInterval);
	await total(page).getByText('12 av 30 har kvitterat (40 %)').waitFor();
	await hub.until(() => hub.subscriptions.includes(TOPIC) && hub.resumes.length === 1);
}

function progressed() {
	// Like the hub: the event names the post only; the element reads the figures over HTTP, scoped to the reader.
	return hub.publish(TOPIC, 'acknowledgement.progress', { postId: POST });
}

describe('bk-ack-progress live', () => {
	test('updates its numbers and the pending list on acknowledgement.progress and announces them politely, at most once per interval', async () => {
		const page = await newPage();
		const { progress, answer, pending } = acknowledgementsApi();
		const calls = await serveAcks(page, answer, pending);
		await mountLive(page, { announceInterval: 3000 });

		progress.syd = 11;
		progressed(progress);
		await total(page).getByText('13 av 30 har kvitterat (43 %)').waitFor();
		await widget(page).getByText('11 av 20 (55 %)').waitFor();
		await status(page).getByText('Nu har 13 av 30 kvitterat (43 %).').waitFor();
		const firstAnnounced = Date.now();
		assert.equal(calls.length, 2);
		assert.equal(new URL(calls[1].url).pathname, `/api/v1/posts/${POST}/acknowledgements`);

		await widget(page).locator('.person-name').getByText('Olle Berg').waitFor();
		progress.norr = 3;
		progress.olleAcknowledged = true;
		progressed(progress);
		progress.norr = 4;
		progressed(progress);
		await total(page).getByText('15 av 30 har kvitterat (50 %)').waitFor();
		await widget(page).locator('.person-name').first().waitFor({ state: 'detached' });
		assert.equal(await status(page).textContent(), 'Nu har 13 av 30 kvitterat (43 %).', 'no new announcement within the interval');
		await status(page).getByText('Nu har 15 av 30 kvitterat (50 %).').waitFor();
		assert.ok(Date.now() - firstAnnounced >= 2000, 'the next announcement waited for the interval');
		assert.ok(calls.length <= 4, `a burst costs at most two reloads, not one per event (${calls.length})`);
		assert.equal(await widget(page).getByRole('alert').count(), 0);
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `after live updates: ${formatViolations(violations)}`);
	});

	test('reloads the unit it has drilled into, not the whole audience', async () => {
		const page = await newPage();
		const { progress, answer, pending } = acknowledgementsApi();
		const calls = await serveAcks(page, answer, pending);
		await mountLive(page);
		await widget(page).getByRole('button', { name: 'Hemtjänst Syd', exact: true }).click();
		await total(page).getByText('10 av 20 har kvitterat (50 %)').waitFor();

		progress.syd = 12;
		progressed(progress);
		await total(page).getByText('12 av 20 har kvitterat (60 %)').waitFor();
		assert.equal(new URL(calls.at(-1).url).searchParams.get('unitId'), SYD);
		assert.equal(await widget(page).getByRole('heading', { name: 'Kvittenser i Hemtjänst Syd: Nya rutiner för nyckelhantering' }).count(), 1);
	});

	test('after the hub drops the socket it reconnects, resumes after the last event id and catches up', async () => {
		const page = await newPage();
		const { progress, answer, pending } = acknowledgementsApi();
		await serveAcks(page, answer, pending);
		await mountLive(page);

		progress.syd = 11;
		const seen = progressed(progress);
		await total(page).getByText('13 av 30 har kvitterat (43 %)').waitFor();
		hub.dropAll();
		progress.syd = 12;
		progressed(progress);

		await hub.until(() => hub.resumes.length === 2);
		assert.equal(hub.resumes[1], seen, 'resume after the last event seen');
		assert.equal(hub.connections, 2);
		await total(page).getByText('14 av 30 har kvitterat (47 %)').waitFor();
		assert.equal(await widget(page).getByRole('alert').count(), 0, 'live failures are not shown');
	});

	test('follows nothing with live="off"', async () => {
		const page = await newPage();
		const { answer, pending } = acknowledgementsApi();
		await serveAcks(page, answer, pending);
		await mountLive(page);
		await page.evaluate(() => document.querySelector('bk-ack-progress').setAttribute('live', 'off'));
		await hub.until(() => hub.open === 0);
		assert.equal(hub.connections, 1);
	});
});
