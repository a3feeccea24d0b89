import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem, serveApi } from '../../test/support/api.mjs';

const SYNCS = '**/api/v1/admin/directory/syncs**';
const RUN_ID = '7b0c7f52-5a55-4a8e-9b0e-2f1f0f3c9d11';

function run(fields) {
	return {
		runId: RUN_ID, trigger: 'admin', state: 'RUNNING', fullSync: false, startedAt: '2026-11-30T08:00:00Z',
		finishedAt: null, pagesFetched: 0, usersSeen: 0, expectedUsers: 1000, changesApplied: null, changes: null,
		errors: [], ...fields,
	};
}

const earlier = [
	run({ runId: 'a1', trigger: 'schedule', state: 'SUCCEEDED', usersSeen: 50000, changesApplied: 12, startedAt: '2026-11-30T07:45:00Z' }),
	run({ runId: 'a2', trigger: 'schedule', state: 'FAILED', usersSeen: 0, errors: ['Graph answered 500: Something went wrong'], startedAt: '2026-11-30T07:30:00Z' }),
];

/** A text/event-stream body of `progress` events, as the hub sends them. */
function events(...runs) {
	return {
		status: 200,
		contentType: 'text/event-stream',
		body: runs.map((data) => `id:${data.runId}/${data.pagesFetched}\nevent:progress\ndata:${JSON.stringify(data)}\n\n`).join(''),
	};
}

/** The stub hub: the runs list, starting a run, its progress stream and the run itself. */
function hub({ start = () => json({ runId: RUN_ID }, 202), stream, current, list = () => earlier } = {}) {
	let finished = false;
	return (request) => {
		const url = new URL(request.url());
		if (request.method() === 'POST') return start();
		if (url.pathname.endsWith('/events')) {
			finished = true;
			return stream();
		}
		if (url.pathname.endsWith(`/syncs/${RUN_ID}`)) return json(current());
		return json({ items: finished ? [current?.() ?? run({ state: 'SUCCEEDED' }), ...list()] : list() });
	};
}

let server;
let browser;
let filePage;

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

function newPage(options = {}) {
	return filePage.fresh(options);
}

async function mount(page, { lang } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-directory-sync'));
	await page.evaluate(({ lang }) => {
		const element = document.createElement('bk-directory-sync');
		if (lang) element.setAttribute('lang', lang);
		element.token = 'admin-token';
		document.getElementById('host').append(element);
	}, { lang });
}

function focusedPart(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return active.getAttribute('part');
	});
}

const finishedRun = run({ state: 'SUCCEEDED', pagesFetched: 3, usersSeen: 1000, changesApplied: 7, finishedAt: '2026-11-30T08:01:00Z' });

describe('bk-directory-sync', () => {
	test('starts a sync, follows its progress stream to the end and shows it first among the last runs', async () => {
		const page = await newPage();
		const calls = await serveApi(page, SYNCS, hub({
			stream: () => events(run({ pagesFetched: 1, usersSeen: 400 }), run({ pagesFetched: 3, usersSeen: 1000 }), finishedRun),
			current: () => finishedRun,
		}));
		await mount(page);
		const table = page.getByRole('table', { name: 'Senaste körningarna' });
		await table.waitFor();
		assert.equal(await table.getByRole('row').count(), 3);

		await page.getByRole('button', { name: 'Synkronisera nu' }).click();
		await page.getByText('Klart: 7 ändringar från 1000 användare.').waitFor();
		await page.waitForFunction(() => document.querySelector('bk-directory-sync').shadowRoot.querySelectorAll('tbody tr').length === 3);
		const bar = page.getByRole('progressbar', { name: 'Förlopp' });
		assert.equal(await bar.getAttribute('value'), '1');
		const first = table.getByRole('row').nth(1);
		assert.match(await first.textContent(), /Klar/);
		assert.deepEqual(calls.map((call) => `${call.method} ${new URL(call.url).pathname}`), [
			'GET /api/v1/admin/directory/syncs',
			'POST /api/v1/admin/directory/syncs',
			`GET /api/v1/admin/directory/syncs/${RUN_ID}/events`,
			'GET /api/v1/admin/directory/syncs',
		]);
		assert.ok(calls.every((call) => call.authorization === 'Bearer admin-token'));
	});

	test('shows a running sync as a progress bar with its value and the pages and users in text', async () => {
		const page = await newPage();
		const running = run({ pagesFetched: 3, usersSeen: 250 });
		await serveApi(page, SYNCS, hub({ stream: () => events(running), current: () => running }));
		await mount(page);
		await page.getByRole('button', { name: 'Synkronisera nu' }).click();

		const bar = page.getByRole('progressbar', { name: 'Förlopp' });
		await page.getByText('Sidor hämtade: 3. Användare: 250.').waitFor();
		assert.equal(await bar.getAttribute('max'), '1000');
		assert.equal(await bar.getAttribute('value'), '250');
		assert.equal(await page.getByRole('button', { name: 'Synkroniserar…' }).getAttribute('aria-disabled'), 'true');
	});

	test('says so when a sync is already running or Microsoft 365 is not configured', async () => {
		const page = await newPage();
		let answer = problem(409, 'sync-already-running', 'A directory sync is already running', '');
		await serveApi(page, SYNCS, hub({ start: () => answer }));
		await mount(page);
		await page.getByRole('button', { name: 'Synkronisera nu' }).click();
		await page.getByRole('alert').getByText('En synkronisering pågår redan. Vänta tills den är klar.').waitFor();

		answer = problem(409, 'm365-not-configured', 'Microsoft 365 is not configured', '');
		await page.getByRole('button', { name: 'Synkronisera nu' }).click();
		await page.getByText('Microsoft 365 är inte anslutet — så här gör du').waitFor();
		assert.equal(await page.getByRole('alert').count(), 0, 'not configured is a state, not an error');
	});

	test('shows how to connect Microsoft 365, not an error, when the hub answers m365-not-configured', async () => {
		const page = await newPage();
		await serveApi(page, SYNCS, () => problem(404, 'm365-not-configured', 'Microsoft 365 is not configured', ''));
		await mount(page);
		await page.getByText('Microsoft 365 är inte anslutet — så här gör du').waitFor();
		assert.equal(await page.getByText(/fel 404/).count(), 0);
		assert.equal(await page.getByRole('alert').count(), 0);
		const link = page.getByRole('link', { name: /README, avsnittet ”Microsoft 365”/ });
		assert.match(await link.getAttribute('href'), /#microsoft-365-entra-id-sync-teams-and-outlook$/);
		assert.equal(await page.getByRole('button', { name: 'Synkronisera nu' }).count(), 0, 'nothing to start');
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));

		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'help-link');
	});

	test('the not-configured state speaks English and fits 320 CSS px', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveApi(page, SYNCS, () => problem(404, 'm365-not-configured', 'Microsoft 365 is not configured', ''));
		await mount(page, { lang: 'en' });
		await page.getByText('Microsoft 365 is not connected — here is how').waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});

	test('lists the errors of failed runs', async () => {
		const page = await newPage();
		await serveApi(page, SYNCS, hub());
		await mount(page);
		const failed = page.getByRole('row').filter({ hasText: 'Misslyckades' });
		await failed.waitFor();
		assert.match(await failed.textContent(), /Graph answered 500/);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveApi(page, SYNCS, hub({ stream: () => events(finishedRun), current: () => finishedRun }));
		await mount(page, { lang: 'en' });
		await page.getByRole('table', { name: 'Latest runs' }).waitFor();
		await page.getByRole('button', { name: 'Synchronise now' }).click();
		await page.getByText('Done: 7 changes from 1000 users.').waitFor();
		// The runs table is drawn again once the finished run is fetched; wait for it rather than count mid-render.
		await page.getByRole('columnheader', { name: 'Started by' }).waitFor();
	});

	test('has no WCAG 2.1 AA violations with runs, during and after a sync and with an error', async () => {
		const page = await newPage();
		const running = run({ pagesFetched: 3, usersSeen: 250 });
		let stream = () => events(running);
		let current = running;
		await serveApi(page, SYNCS, hub({ stream: () => stream(), current: () => current }));
		await mount(page);
		await page.getByRole('table').waitFor();
		let violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));

		await page.getByRole('button', { name: 'Synkronisera nu' }).click();
		await page.getByText('Sidor hämtade: 3. Användare: 250.').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));

		current = run({ state: 'FAILED', errors: ['Graph answered 500'], finishedAt: '2026-11-30T08:01:00Z' });
		stream = () => events(current);
		await page.evaluate(() => {
			const element = document.querySelector('bk-directory-sync');
			element.current = null;
			return element.start();
		});
		await page.getByText('Synkroniseringen misslyckades. Inget ändrades.').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('can be used with the keyboard alone: start with Enter, then reach the runs table', async () => {
		const page = await newPage();
		await serveApi(page, SYNCS, hub({ stream: () => events(finishedRun), current: () => finishedRun }));
		await mount(page);
		await page.getByRole('table').waitFor();

		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'start-button');
		await page.keyboard.press('Enter');
		await page.getByText('Klart: 7 ändringar från 1000 användare.').waitFor();
		await page.waitForFunction(() => !document.querySelector('bk-directory-sync').starting);
		assert.equal(await focusedPart(page), 'start-button', 'focus stays on the button through the sync');
		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'runs');
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveApi(page, SYNCS, hub({ stream: () => events(finishedRun), current: () => finishedRun }));
		await mount(page);
		await page.getByRole('table').waitFor();
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(await overflow(), 0, 'with runs');
		await page.getByRole('button', { name: 'Synkronisera nu' }).click();
		await page.getByText('Klart: 7 ändringar från 1000 användare.').waitFor();
		assert.equal(await overflow(), 0, 'after a sync');
	});
});
