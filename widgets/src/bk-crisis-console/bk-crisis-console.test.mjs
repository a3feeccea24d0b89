import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem } from '../../test/support/api.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const CRISIS = 'e1000000-0000-4000-8000-000000000001';
const TEMPLATE = 'f1000000-0000-4000-8000-000000000001';
const CITY = 'c0000000-0000-4000-8000-000000000000';
const FORVALTNING = 'c0000000-0000-4000-8000-00000000000f';

const TARGETS = [
	{ unitId: CITY, name: 'Stockholms stad', kind: 'CITY', parentId: null, depth: 0 },
	{ unitId: FORVALTNING, name: 'Hägersten-Älvsjö stadsdelsförvaltning', kind: 'FORVALTNING', parentId: CITY, depth: 1 },
];
const TEMPLATES = { items: [{ id: TEMPLATE, version: 3, name: 'Strömavbrott', title: 'Strömavbrott i {plats}',
	body: 'Strömmen är borta i {plats}. Gå till {samlingsplats}.', severity: 'CRITICAL', confirmation: 'SAFETY',
	placeholders: ['plats', 'samlingsplats'], updatedAt: '2026-12-01T09:00:00Z', updatedBy: 'Karin Lindqvist' }] };
const ME = { id: 'k1', displayName: 'Karin Lindqvist', roles: ['crisis'], units: [], manages: [], manager: null };

let server;
let browser;
let page;
const api = { handlers: {}, calls: [] };

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	await page.route('**/api/v1/**', async (route) => {
		const request = route.request();
		const url = new URL(request.url());
		const path = url.pathname.replace(/^\/api\/v1\//, '');
		const call = { method: request.method(), path, query: url.searchParams, body: request.postDataJSON?.() ?? null };
		api.calls.push(call);
		const handler = api.handlers[`${call.method} ${path}`];
		const answer = handler ? handler(call) : problem(404, 'not-found', 'Not found', 'no such route in the test');
		await route.fulfill({ ...answer, headers: { 'access-control-allow-origin': '*', ...answer.headers } });
	});
});

after(async () => {
	await browser?.close();
	await server?.close();
});

function serve(extra = {}) {
	api.calls.length = 0;
	api.handlers = {
		'GET posts/targets': () => json({ items: TARGETS }),
		'GET crises/active': () => json([]),
		'GET me': () => json(ME),
		'POST crises': () => json({ id: CRISIS }, 201),
		[`GET crises/${CRISIS}/roll-call`]: () => json({ unitId: null, counts: { expected: 40, answered: 12, notYet: 28, received: 0, safe: 10, needHelp: 2 }, suppressed: false, people: null }),
		[`POST crises/${CRISIS}/updates`]: () => json({ id: 'u1' }, 201),
		[`POST crises/${CRISIS}/all-clear`]: () => json({ allClear: true }),
		...extra,
	};
}

const widget = () => page.locator('bk-crisis-console');
const posts = (path) => api.calls.filter((call) => call.method === 'POST' && call.path === path).map((call) => call.body);

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

describe('bk-crisis-console', () => {
	test('sends from a template by keyboard with its placeholders filled in, then follows the roll call, sends an update and gives the all-clear after confirming', async () => {
		serve({ 'GET crises/templates': () => json(TEMPLATES) });
		await mountElement(page, `${server.url}/`, 'bk-crisis-console');
		await widget().getByLabel('Mall').waitFor();
		await assertAxeClean('the form');

		await tabTo(page, 'template', 10);
		await page.keyboard.press('ArrowDown');
		await widget().getByLabel('Fyll i ”plats”').waitFor();
		assert.equal(await widget().getByLabel('Rubrik').inputValue(), 'Strömavbrott i {plats}');
		assert.equal(await widget().getByRole('radio', { name: 'Kritiskt' }).isChecked(), true, 'the template\'s severity');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Rinkeby');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Rinkebyskolan');
		await tabTo(page, 'unit-box', 20);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await tabTo(page, 'send-button', 10);
		await page.keyboard.press('Enter');

		await widget().getByRole('heading', { name: 'Pågår: Strömavbrott i Rinkeby' }).waitFor();
		assert.deepEqual(posts('crises'), [{ title: 'Strömavbrott i Rinkeby', body: 'Strömmen är borta i Rinkeby. Gå till Rinkebyskolan.',
			severity: 'CRITICAL', targets: [{ unitId: FORVALTNING }], confirmation: 'SAFETY', exercise: false, templateId: TEMPLATE, templateVersion: 3 }]);
		await widget().getByRole('status').first().getByText('Krismeddelandet är skickat till 1 enhet med underenheter.').waitFor();
		assert.equal((await focusedElement(page)).text, 'Pågår: Strömavbrott i Rinkeby');
		const rollCall = widget().locator('bk-roll-call');
		await rollCall.getByRole('region', { name: 'Hela krismeddelandet' }).getByText('Behöver hjälp').waitFor();
		await assertAxeClean('following the crisis');

		await widget().getByLabel('Uppdatering till alla som fick krismeddelandet').fill('Samlingsplatsen är flyttad till biblioteket.');
		await widget().getByRole('button', { name: 'Skicka uppdateringen' }).click();
		await widget().getByText('Uppdateringen är skickad.').waitFor();
		assert.deepEqual(posts(`crises/${CRISIS}/updates`), [{ body: 'Samlingsplatsen är flyttad till biblioteket.' }]);

		await tabTo(page, 'all-clear-button', 20);
		await page.keyboard.press('Enter');
		await widget().getByRole('group', { name: 'Vill du ge faran över? Krismeddelandet tas bort överallt.' }).waitFor();
		assert.equal(posts(`crises/${CRISIS}/all-clear`).length, 0, 'nothing is sent before the confirming step');
		await tabTo(page, 'all-clear-yes', 5);
		await page.keyboard.press('Enter');
		await widget().getByRole('heading', { name: 'Faran över: Strömavbrott i Rinkeby' }).waitFor();
		assert.deepEqual(posts(`crises/${CRISIS}/all-clear`), [{ body: 'Faran över.' }]);
		assert.equal(await widget().locator('[part~="all-clear-button"]').count(), 0);
	});

	test('lists the crises I run with the active ones first, opens one by keyboard and an ended one without the all-clear, at 320 CSS px', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		const OVER = 'e1000000-0000-4000-8000-000000000002';
		serve({ 'GET crises': () => json([
			{ id: OVER, title: 'Vattenläcka i Västertorp', severity: 'WARNING', confirmation: 'RECEIVED', exercise: false, status: 'ALL_CLEAR',
				sentAt: '2026-12-05T10:00:00Z', allClearAt: '2026-12-05T11:00:00Z', targets: [], counts: null, suppressed: true },
			{ id: CRISIS, title: 'Strömavbrott i äldreomsorgens lokaler', severity: 'WARNING', confirmation: 'SAFETY', exercise: true, status: 'ACTIVE',
				sentAt: '2026-12-05T09:00:00Z', allClearAt: null, targets: [], counts: { expected: 40, answered: 12, notYet: 28, received: 0, safe: 10, needHelp: 2 }, suppressed: false },
		]) });
		await mountElement(page, `${server.url}/`, 'bk-crisis-console');
		const list = widget().getByRole('region', { name: 'Krismeddelanden du leder' });
		await list.waitFor();
		const labels = await list.getByRole('button').allTextContents();
		assert.equal(labels.length, 2);
		assert.match(labels[0], /^ÖVNING: Strömavbrott i äldreomsorgens lokaler – pågår sedan /, 'the active one first');
		assert.match(labels[1], /^Vattenläcka i Västertorp – faran över /);
		assert.equal(await horizontalOverflow(page), 0);
		await assertAxeClean('the crises I run, 320 px');

		await tabTo(page, 'run-button', 10);
		await page.keyboard.press('Enter');
		await widget().getByRole('heading', { name: 'Pågår: Strömavbrott i äldreomsorgens lokaler' }).waitFor();
		assert.equal((await focusedElement(page)).text, 'Pågår: Strömavbrott i äldreomsorgens lokaler');
		await widget().locator('bk-roll-call').getByRole('region', { name: 'Hela krismeddelandet' }).waitFor();
		assert.equal(await widget().locator('[part~="all-clear-button"]').count(), 1);

		await widget().getByRole('button', { name: 'Skriv ett nytt krismeddelande' }).click();
		await list.getByRole('button', { name: /Vattenläcka/ }).click();
		await widget().getByRole('heading', { name: 'Faran över: Vattenläcka i Västertorp' }).waitFor();
		assert.equal(await widget().locator('[part~="all-clear-button"]').count(), 0, 'no all-clear for an ended crisis');
		assert.equal(await horizontalOverflow(page), 0);
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	test('without templates sends an exercise, names what is missing, downloads the log, in English, forced colours and 320 CSS px', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.emulateMedia({ forcedColors: 'active' });
		serve({ 'GET crises/templates': () => problem(404, 'not-found', 'Not found', 'no templates yet'),
			[`GET crises/${CRISIS}/log`]: () => ({ status: 200, contentType: 'text/csv; charset=utf-8', body: 'at,event\n',
				headers: { 'content-disposition': `attachment; filename="krislogg-${CRISIS}.csv"` } }) });
		await mountElement(page, `${server.url}/`, 'bk-crisis-console', { attributes: { lang: 'en' } });
		await widget().getByLabel('Title').waitFor();
		assert.equal(await widget().getByLabel('Template').count(), 0, 'no template picker without templates');
		await widget().getByRole('button', { name: 'Send the crisis message now' }).click();
		const errors = widget().getByRole('alert');
		await errors.getByText('The crisis message is not sent:').waitFor();
		assert.deepEqual(await errors.locator('li').allTextContents(), ['Write a title, at most 200 characters.',
			'Write what has happened and what people should do.', 'Choose at least one unit.']);
		assert.equal((await focusedElement(page)).text, 'Write a title, at most 200 characters.');
		assert.equal(posts('crises').length, 0);
		assert.equal(await horizontalOverflow(page), 0);
		await assertAxeClean('errors, English, forced colours, 320 px');

		await widget().getByLabel('Title').fill('Evacuation drill');
		await widget().getByLabel('What has happened and what should people do?').fill('Leave the building by the nearest exit.');
		await widget().getByRole('radio', { name: '“I have received this”' }).check();
		await widget().getByRole('checkbox', { name: 'This is an exercise (shown as EXERCISE everywhere)' }).check();
		await widget().getByLabel('Search for a unit').fill('älvsjö');
		assert.equal(await widget().locator('[part~="unit-box"]').count(), 1, 'the search narrows the units');
		await widget().getByRole('checkbox', { name: 'Hägersten-Älvsjö stadsdelsförvaltning' }).check();
		await widget().getByRole('button', { name: 'Send the exercise now' }).click();
		await widget().getByRole('heading', { name: 'Active: Evacuation drill' }).waitFor();
		assert.equal(posts('crises')[0].exercise, true);
		assert.equal(posts('crises')[0].confirmation, 'RECEIVED');
		assert.equal(await widget().locator('[part~="exercise"]').first().textContent(), 'EXERCISE');

		const download = page.waitForEvent('download');
		await widget().getByRole('button', { name: 'Download the log as CSV' }).click();
		assert.equal((await download).suggestedFilename(), `krislogg-${CRISIS}.csv`);
		assert.equal(api.calls.find((call) => call.path === `crises/${CRISIS}/log`).query.get('format'), 'csv');
		assert.equal(await horizontalOverflow(page), 0);
		await assertAxeClean('following, English, forced colours, 320 px');
		await page.emulateMedia({ forcedColors: 'none' });
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	test('opened from a link to a crisis I run, it opens on that crisis with focus on its heading; a link to another crisis leaves the start', async () => {
		const run = [{ id: CRISIS, title: 'Strömavbrott i äldreomsorgens lokaler', severity: 'WARNING', confirmation: 'SAFETY', exercise: false,
			status: 'ACTIVE', sentAt: '2026-12-05T09:00:00Z', allClearAt: null, targets: [], counts: null, suppressed: true }];
		serve({ 'GET crises': () => json(run) });
		await mountElement(page, `${server.url}/?budkavle-crisis=${CRISIS}`, 'bk-crisis-console');
		await widget().getByRole('heading', { name: 'Pågår: Strömavbrott i äldreomsorgens lokaler' }).waitFor();
		await page.waitForFunction(() => document.querySelector('bk-crisis-console').shadowRoot.activeElement?.id === 'running-heading');
		await widget().locator('bk-roll-call').getByRole('region', { name: 'Hela krismeddelandet' }).waitFor();
		await assertAxeClean('opened from a link');
		const update = await tabTo(page, 'update', 20);
		assert.equal(update.tag, 'textarea', 'the keyboard goes on from the heading into the crisis');

		serve({ 'GET crises': () => json(run) });
		await mountElement(page, `${server.url}/?budkavle-crisis=e1000000-0000-4000-8000-0000000000ff`, 'bk-crisis-console');
		await widget().getByRole('region', { name: 'Krismeddelanden du leder' }).waitFor();
		assert.equal(await widget().locator('[part~="running"]').count(), 0, 'a crisis the viewer does not run is not opened');
	});
});
