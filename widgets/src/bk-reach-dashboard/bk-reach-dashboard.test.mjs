import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem, serveApi } from '../../test/support/api.mjs';

const POST = '7b1e2c3d-4f50-4a61-8b72-9c8d7e6f5a40';
const HSF = '11111111-1111-4111-8111-111111111111';
const ALDRE = '22222222-2222-4222-8222-222222222222';
const FORSKOLA = '33333333-3333-4333-8333-333333333333';
const SYD = '44444444-4444-4444-8444-444444444444';

const figures = (audience, readers, acknowledged) => ({
	audience, readers, reach: Math.round((1000 * readers) / audience) / 10,
	acknowledged, acknowledgementRate: Math.round((1000 * acknowledged) / audience) / 10,
});

/** GET /api/v1/reach/posts/{id} at the stadsdelsförvaltning: two avdelningar, the people counted at hsf, two small groups folded. */
const reachAtHsf = Object.freeze({
	postId: POST, title: 'Ny rutin för nyckelhantering', publishedAt: '2026-03-02T07:00:00Z', acknowledgementRequired: true,
	unit: { id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' }, minimumGroupSize: 5, suppressed: false,
	total: figures(120, 90, 60),
	groups: [
		{ unitId: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning', direct: true, hasSubunits: false, figures: figures(10, 8, 5) },
		{ unitId: ALDRE, name: 'Äldreomsorg', direct: false, hasSubunits: true, figures: figures(80, 60, 40) },
		{ unitId: FORSKOLA, name: 'Förskola', direct: false, hasSubunits: false, figures: figures(22, 16, 11) },
	],
	other: figures(8, 6, 4), otherGroups: 2,
	readsPerHour: [{ hour: 0, reads: 40 }, { hour: 1, reads: 25 }, { hour: 2, reads: 0 }, { hour: 3, reads: 15 }, { hour: 4, reads: 10 }],
	timeTo50: 'PT1H12M', timeTo80: 'PT27H5M',
});

/** The same post one level down, at Äldreomsorg. */
const reachAtAldre = Object.freeze({
	...reachAtHsf, unit: { id: ALDRE, name: 'Äldreomsorg' }, total: figures(80, 60, 40),
	groups: [{ unitId: SYD, name: 'Hemtjänst Syd', direct: false, hasSubunits: true, figures: figures(80, 60, 40) }],
	other: null, otherGroups: 0, readsPerHour: [{ hour: 0, reads: 30 }, { hour: 1, reads: 30 }], timeTo50: 'PT45M', timeTo80: null,
});

/** Äldreomsorg again, with its own avdelningschef and Hemtjänst Syd's enhetschef left out of the figures (docs/disclosure.md). */
const reachAtAldreWithheld = Object.freeze({
	...reachAtAldre, withheldUnits: [ALDRE, SYD],
	groups: [{ ...reachAtAldre.groups[0], withheldUnits: [SYD] }],
});

/** Hemtjänst Syd has too few people for figures. */
const reachSuppressed = Object.freeze({
	...reachAtHsf, unit: { id: SYD, name: 'Hemtjänst Syd' }, suppressed: true, total: null, groups: [], other: null,
	otherGroups: 0, readsPerHour: [], timeTo50: null, timeTo80: null,
});

const line = (people, posts, meanReach) => ({
	people, posts, meanReach, meanAcknowledgementRate: 50, medianTimeTo50: 'PT2H', comments: 7,
	questionsAsked: 4, questionsAnswered: 3, medianAnswerTime: 'P1DT3H',
});

/** GET /api/v1/reach/units/{id} for Äldreomsorg. */
const reportAtAldre = Object.freeze({
	unit: { id: ALDRE, name: 'Äldreomsorg' }, from: '2026-02-01T00:00:00Z', to: '2026-03-03T00:00:00Z', minimumGroupSize: 5,
	suppressed: false, total: line(80, 12, 71.5),
	groups: [{ unitId: SYD, name: 'Hemtjänst Syd', direct: false, hasSubunits: true, figures: line(80, 12, 71.5) }],
	other: null, otherGroups: 0,
});

/** GET /api/v1/reach/units/{id}/themes for Äldreomsorg. */
const themesAtAldre = Object.freeze({
	unit: { id: ALDRE, name: 'Äldreomsorg' }, from: '2026-02-01T00:00:00Z', to: '2026-03-03T00:00:00Z', minimumGroupSize: 5,
	suppressed: false, comments: 31, questions: 9,
	themes: [{ theme: 'schemat', texts: 14 }, { theme: 'nycklar', texts: 9 }, { theme: 'bemanning', texts: 6 }],
});

/** GET /api/v1/reach/units/{id}/posts for Äldreomsorg: three posts of the period, one about too few people there. */
const comparisonAtAldre = Object.freeze({
	unit: { id: ALDRE, name: 'Äldreomsorg' }, from: '2026-02-01T00:00:00Z', to: '2026-03-03T00:00:00Z', minimumGroupSize: 5,
	posts: [
		{ postId: POST, title: 'Ny rutin för nyckelhantering', publishedAt: '2026-03-02T07:00:00Z', acknowledgementRequired: true, suppressed: false, withheld: false, figures: figures(80, 60, 40) },
		{ postId: 'p2', title: 'Bemanning i sommar', publishedAt: '2026-02-20T07:00:00Z', acknowledgementRequired: false, suppressed: false, withheld: true, figures: { ...figures(40, 36, 0), acknowledged: null, acknowledgementRate: null } },
		{ postId: 'p3', title: 'Arbetsplatsträff i Syd', publishedAt: '2026-02-10T07:00:00Z', acknowledgementRequired: true, suppressed: true, withheld: false, figures: null },
	],
});

let server;
let browser;
let filePage;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	filePage = pagePerFile(browser, { acceptDownloads: true });
});

after(async () => {
	await filePage?.close();
	await browser?.close();
	await server?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

async function mount(page, attributes = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-reach-dashboard'));
	await page.evaluate((attributes) => {
		window.drills = [];
		document.addEventListener('bk-drill', (event) => window.drills.push(event.detail));
		const element = document.createElement('bk-reach-dashboard');
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		element.token = 'token';
		document.getElementById('host').append(element);
	}, attributes);
}

/** Answers the post reach at the unit asked for (the top when none). */
function servePostReach(page, byUnit = {}) {
	return serveApi(page, `**/api/v1/reach/posts/${POST}?**`, (request) => {
		const unitId = new URL(request.url()).searchParams.get('unitId');
		return json(byUnit[unitId ?? 'top'] ?? reachAtHsf);
	}).then(async (calls) => {
		await serveApi(page, `**/api/v1/reach/posts/${POST}`, () => json(reachAtHsf));
		return calls;
	});
}

function serveUnit(page, { report = reportAtAldre, themes = themesAtAldre, comparison = comparisonAtAldre } = {}) {
	return Promise.all([
		serveApi(page, /\/api\/v1\/reach\/units\/[^/]+\?/, () => json(report)),
		serveApi(page, /\/api\/v1\/reach\/units\/[^/]+\/themes/, () => json(themes)),
		serveApi(page, /\/api\/v1\/reach\/units\/[^/]+\/posts/, () => json(comparison)),
	]);
}

async function assertNoViolations(page, state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}:\n${formatViolations(violations)}`);
}

function focused(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return { tag: active.localName, part: active.getAttribute('part'), text: active.textContent.replace(/\s+/g, ' ').trim() };
	});
}

/** Presses Tab (or Shift+Tab) until the focused element matches, at most 40 times. */
async function tabTo(page, matches, { back = false } = {}) {
	for (let step = 0; step < 40; step++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const now = await focused(page);
		if (matches(now)) return now;
	}
	throw new Error('the keyboard never reached the element');
}

function rowHeaders(page) {
	return page.locator('bk-reach-dashboard [part~="post-table"] tbody th').allTextContents()
		.then((texts) => texts.map((text) => text.replace(/\s+/g, ' ').trim()));
}

describe('bk-reach-dashboard', () => {
	test('has no WCAG 2.1 AA violations for post reach, suppressed figures, the unit report with themes and a 403', async () => {
		const page = await newPage();
		await servePostReach(page, { [SYD]: reachSuppressed });
		await serveUnit(page);
		await mount(page, { post: POST });
		await page.getByRole('heading', { name: 'Ny rutin för nyckelhantering – Hägersten-Älvsjö stadsdelsförvaltning' }).waitFor();
		await page.getByText('Visa diagrammet som tabell').click();
		await assertNoViolations(page, 'post reach');

		await page.evaluate((unit) => { document.querySelector('bk-reach-dashboard').unit = unit; }, SYD);
		await page.getByText('Färre än 5 personer – siffrorna visas inte för att skydda enskilda.').waitFor();
		await assertNoViolations(page, 'suppressed');

		await page.getByRole('tab', { name: 'Enhetsrapport' }).click();
		await page.getByRole('heading', { name: 'Vanligaste teman' }).waitFor();
		await assertNoViolations(page, 'unit report and themes');

		await page.unroute(/\/api\/v1\/reach\/units\/[^/]+\?/);
		await serveApi(page, /\/api\/v1\/reach\/units\/[^/]+\?/, () => problem(403, 'forbidden', 'Forbidden', 'Not your unit'));
		await page.evaluate(() => document.querySelector('bk-reach-dashboard').refresh());
		await page.getByRole('alert').getByText('Du kan inte se räckvidd för den här enheten.').waitFor();
		await assertNoViolations(page, '403');
	});

	test('shows the totals, one row per child unit with figures in text, the other row and time to 50 and 80 % in words', async () => {
		const page = await newPage();
		await servePostReach(page);
		await mount(page, { post: POST });
		await page.getByRole('heading', { name: /Ny rutin/ }).waitFor();

		const totals = page.locator('bk-reach-dashboard [part~="totals"]');
		assert.match(await totals.textContent(), /Räckvidd\s*75,0\s%\s*90 av 120/);
		assert.match(await totals.textContent(), /Kvitterat\s*50,0\s%\s*60 av 120/);
		assert.equal(await page.locator('bk-reach-dashboard [part~="time-to-50"]').textContent(), '50 % hade läst efter 1 timme och 12 minuter.');
		assert.equal(await page.locator('bk-reach-dashboard [part~="time-to-80"]').textContent(), '80 % hade läst efter 1 dygn, 3 timmar och 5 minuter.');
		assert.deepEqual(await rowHeaders(page), [
			'Hägersten-Älvsjö stadsdelsförvaltning (direkt)', 'Äldreomsorg – visa enheterna under›', 'Förskola', 'Övriga (2 små grupper)',
		]);
		const aldre = page.locator('bk-reach-dashboard [part~="post-table"] tbody tr').nth(1);
		assert.match(await aldre.textContent(), /75,0\s%\s*60 av 80[\s\S]*50,0\s%\s*40 av 80/);
		assert.equal(await page.getByRole('button', { name: 'Förskola' }).count(), 0, 'no drill-down without subunits');
		assert.match(await page.locator('bk-reach-dashboard tfoot').textContent(), /Totalt[\s\S]*75,0\s%\s*90 av 120/);
		const width = await page.locator('bk-reach-dashboard [part~="post-table"] tbody tr').nth(1).locator('.fill').first()
			.evaluate((fill) => fill.style.inlineSize);
		assert.equal(width, '75%');
	});

	test('the table alternative holds the same numbers as the chart', async () => {
		const page = await newPage();
		await servePostReach(page);
		await mount(page, { post: POST });
		await page.locator('bk-reach-dashboard .chart canvas').first().waitFor();

		const chart = await page.evaluate(() => document.querySelector('bk-reach-dashboard').shadowRoot.querySelector('.chart').getAttribute('aria-hidden'));
		assert.equal(chart, 'true', 'the canvas is decoration; the table carries the numbers');
		await page.getByText('Visa diagrammet som tabell').click();
		const table = page.getByRole('table', { name: 'Första läsningar per timme sedan publiceringen' });
		await table.waitFor();
		const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent.trim())));
		assert.deepEqual(rows, reachAtHsf.readsPerHour.map(({ hour, reads }) => [`Timme ${hour}`, String(reads)]));
		const plotted = await page.evaluate(() => {
			const canvas = document.querySelector('bk-reach-dashboard').shadowRoot.querySelector('.chart canvas');
			return canvas.width > 0 && canvas.height > 0;
		});
		assert.equal(plotted, true);
	});

	test('drills down and back up with the keyboard only, firing bk-drill each way', async () => {
		const page = await newPage();
		const calls = await servePostReach(page, { [ALDRE]: reachAtAldre });
		await mount(page, { post: POST });
		await page.getByRole('heading', { name: /Hägersten-Älvsjö stadsdelsförvaltning$/ }).waitFor();

		const drill = await tabTo(page, (now) => now.part === 'drill-button');
		assert.match(drill.text, /^Äldreomsorg/);
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: 'Ny rutin för nyckelhantering – Äldreomsorg' }).waitFor();
		assert.equal((await focused(page)).tag, 'h3', 'focus moves to the new level heading');
		assert.deepEqual(await rowHeaders(page), ['Hemtjänst Syd – visa enheterna under›']);
		assert.equal(await page.locator('bk-reach-dashboard [part~="time-to-80"]').textContent(), '80 % har inte läst ännu.');
		const crumbs = page.getByRole('navigation', { name: 'Enheter du har gått in i' });
		assert.deepEqual((await crumbs.getByRole('listitem').allTextContents()).map((text) => text.trim()), ['Hägersten-Älvsjö stadsdelsförvaltning', 'Äldreomsorg']);
		assert.equal(await crumbs.locator('[aria-current="location"]').textContent(), 'Äldreomsorg');

		const back = await tabTo(page, (now) => now.part === 'crumb-button', { back: true });
		assert.equal(back.text, 'Hägersten-Älvsjö stadsdelsförvaltning');
		await page.keyboard.press('Space');
		await page.getByRole('heading', { name: /– Hägersten-Älvsjö stadsdelsförvaltning$/ }).waitFor();
		assert.equal(await crumbs.count(), 0, 'no breadcrumb at the top');
		assert.deepEqual(await page.evaluate(() => window.drills), [
			{ unitId: ALDRE, name: 'Äldreomsorg', direction: 'down', view: 'post' },
			{ unitId: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning', direction: 'up', view: 'post' },
		]);
		assert.deepEqual(calls.map((call) => new URL(call.url).searchParams.get('unitId')), [ALDRE, HSF]);
	});

	test('marks the rows and the total that leave small groups out and says why', async () => {
		const page = await newPage();
		await servePostReach(page, { [ALDRE]: reachAtAldreWithheld });
		await mount(page, { post: POST, unit: ALDRE });
		await page.locator('bk-reach-dashboard [part~="withheld-note"]').waitFor();
		assert.deepEqual(await rowHeaders(page), ['Hemtjänst Syd (utom små grupper) – visa enheterna under›']);
		assert.match(await page.locator('bk-reach-dashboard tfoot').textContent(), /Totalt \(utom små grupper\)/);
		assert.match(await page.locator('bk-reach-dashboard [part~="withheld-note"]').textContent(), /^”Utom små grupper”: /);
		await assertNoViolations(page, 'withheld');
	});

	test('explains suppressed figures and shows none of them', async () => {
		const page = await newPage();
		await servePostReach(page, { [SYD]: reachSuppressed });
		await mount(page, { post: POST, unit: SYD });
		await page.getByText('Färre än 5 personer – siffrorna visas inte för att skydda enskilda.').waitFor();
		assert.equal(await page.locator('bk-reach-dashboard table').count(), 0);
		assert.equal(await page.locator('bk-reach-dashboard [part~="totals"]').count(), 0);
		assert.equal(await page.locator('bk-reach-dashboard .chart').count(), 0);
	});

	test('shows the unit report for the last 30 days with drill-down and the top themes with counts', async () => {
		const page = await newPage();
		const [reportCalls, themeCalls] = await serveUnit(page);
		await mount(page, { unit: ALDRE });
		await page.getByRole('heading', { name: 'Vanligaste teman' }).waitFor();

		assert.equal(await page.getByRole('tab').count(), 0, 'no tabs without a post');
		const table = page.getByRole('table', { name: 'Nyheter och dialog per enhet i Äldreomsorg' });
		const row = table.locator('tbody tr').first();
		assert.match(await row.textContent(), /Hemtjänst Syd[\s\S]*80[\s\S]*12[\s\S]*71,5\s%[\s\S]*50,0\s%[\s\S]*2 timmar[\s\S]*7[\s\S]*3 av 4 besvarade[\s\S]*1 dygn och 3 timmar/);
		assert.deepEqual(await page.locator('bk-reach-dashboard [part~="theme"]').evaluateAll((items) => items.map((item) => item.textContent.replace(/\s+/g, ' ').trim())),
			['schemat 14 texter', 'nycklar 9 texter', 'bemanning 6 texter']);
		assert.match(await page.locator('bk-reach-dashboard [part~="themes-source"]').textContent(), /31 kommentarer och 9 frågor/);

		const from = await page.locator('bk-reach-dashboard input[name="from"]').inputValue();
		const to = await page.locator('bk-reach-dashboard input[name="to"]').inputValue();
		assert.equal((Date.parse(to) - Date.parse(from)) / 86_400_000, 29, 'the last 30 days, today included');
		const query = new URL(reportCalls[0].url).searchParams;
		assert.equal((Date.parse(query.get('to')) - Date.parse(query.get('from'))) / 86_400_000, 30);
		assert.equal(new URL(themeCalls[0].url).searchParams.get('from'), query.get('from'));

		await page.locator('bk-reach-dashboard input[name="from"]').fill('2026-01-01');
		await page.locator('bk-reach-dashboard input[name="to"]').fill('2026-01-31');
		await page.getByRole('button', { name: 'Visa perioden' }).click();
		await page.getByRole('heading', { name: 'Äldreomsorg, 2026-01-01 – 2026-01-31' }).waitFor();
		const next = new URL(reportCalls.at(-1).url).searchParams;
		assert.equal(new Date(next.get('from')).getTime(), new Date(2026, 0, 1).getTime());
		assert.equal(new Date(next.get('to')).getTime(), new Date(2026, 1, 1).getTime(), 'to is exclusive: the day after');

		await page.getByRole('button', { name: 'Hemtjänst Syd – visa enheterna under' }).click();
		await page.getByRole('navigation', { name: 'Enheter du har gått in i' }).waitFor();
		assert.match(reportCalls.at(-1).url, new RegExp(`/reach/units/${SYD}\\?`));
	});

	test('exports the table shown as CSV with the hub\'s file name, keyboard only, and says so in role=status', async () => {
		const page = await newPage();
		await servePostReach(page);
		const csv = '\uFEFFEnhet;Målgrupp\r\nÄldreomsorg;80\r\n';
		const exports = await serveApi(page, `**/api/v1/reach/posts/${POST}/export?**`, (request) => {
			const format = new URL(request.url()).searchParams.get('format');
			return format === 'csv'
				? { status: 200, contentType: 'text/csv; charset=UTF-8', body: csv, headers: { 'content-disposition': `attachment; filename="rackvidd-${POST}.csv"` } }
				: problem(500, 'about:blank', 'Internal Server Error', '');
		});
		await mount(page, { post: POST });
		await page.getByRole('heading', { name: /Ny rutin/ }).waitFor();

		const button = await tabTo(page, (now) => now.part === 'export-button csv');
		assert.equal(button.text, 'Ladda ner CSV');
		const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		assert.equal(download.suggestedFilename(), `rackvidd-${POST}.csv`);
		// saveAs, not path(): the browser may be a shared one this process connected to (test/support/one-chromium.mjs),
		// and then only a copy can be read.
		const saved = join(await mkdtemp(join(tmpdir(), 'bk-reach-')), download.suggestedFilename());
		await download.saveAs(saved);
		assert.equal(await readFile(saved, 'utf8'), csv);
		await page.getByRole('status').filter({ hasText: `Filen rackvidd-${POST}.csv är nedladdad.` }).waitFor();
		assert.equal(exports[0].authorization, 'Bearer token');
		assert.equal(new URL(exports[0].url).searchParams.get('format'), 'csv');

		await tabTo(page, (now) => now.part === 'export-button xlsx');
		await page.keyboard.press('Enter');
		await page.getByRole('alert').filter({ hasText: 'Exporten misslyckades.' }).waitFor();
		await assertNoViolations(page, 'export failed');
	});

	test('exports the unit report as Excel for the period shown', async () => {
		const page = await newPage();
		const [reportCalls] = await serveUnit(page);
		const exports = await serveApi(page, /\/api\/v1\/reach\/units\/[^/]+\/export/, () => ({
			status: 200, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: 'PK',
			headers: { 'content-disposition': `attachment; filename="rackvidd-enhet-${ALDRE}.xlsx"` },
		}));
		await mount(page, { unit: ALDRE });
		await page.getByRole('heading', { name: 'Vanligaste teman' }).waitFor();

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner Excel' }).click()]);
		assert.equal(download.suggestedFilename(), `rackvidd-enhet-${ALDRE}.xlsx`);
		const query = new URL(exports[0].url).searchParams;
		const shown = new URL(reportCalls[0].url).searchParams;
		assert.deepEqual([query.get('from'), query.get('to'), query.get('format')], [shown.get('from'), shown.get('to'), 'xlsx']);
	});

	test('says the viewer cannot see reach for the unit on 403 and that it is not there on 404', async () => {
		const page = await newPage();
		await serveApi(page, `**/api/v1/reach/posts/${POST}**`, (request, call) => (call === 1
			? problem(403, 'forbidden', 'Forbidden', 'Not your unit') : problem(404, 'post-not-found', 'Not found', 'No such post')));
		await mount(page, { post: POST });
		await page.getByRole('alert').getByText('Du kan inte se räckvidd för den här enheten.').waitFor();
		await page.getByRole('button', { name: 'Försök igen' }).click();
		await page.getByRole('alert').getByText('Nyheten eller enheten finns inte.').waitFor();
	});

	test('switches between post reach and unit report with the arrow keys on the tabs', async () => {
		const page = await newPage();
		await servePostReach(page);
		await serveUnit(page);
		await mount(page, { post: POST });
		await page.getByRole('heading', { name: /Ny rutin/ }).waitFor();

		await tabTo(page, (now) => now.text === 'Nyhetens räckvidd');
		await page.keyboard.press('ArrowRight');
		await page.getByRole('heading', { name: 'Vanligaste teman' }).waitFor();
		assert.equal((await focused(page)).text, 'Enhetsrapport');
		assert.equal(await page.getByRole('tab', { name: 'Enhetsrapport' }).getAttribute('aria-selected'), 'true');
		assert.equal(await page.getByRole('tabpanel', { name: 'Enhetsrapport' }).count(), 1);
		await page.keyboard.press('ArrowLeft');
		await page.getByRole('heading', { name: /Ny rutin/ }).waitFor();
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await servePostReach(page);
		await mount(page, { post: POST, lang: 'en' });
		await page.getByRole('heading', { name: 'Reach and listening' }).waitFor();
		await page.locator('bk-reach-dashboard [part~="time-to-80"]').waitFor();
		assert.equal(await page.locator('bk-reach-dashboard [part~="time-to-80"]').textContent(), '80% had read it after 1 day, 3 hours, and 5 minutes.');
		assert.match(await page.locator('bk-reach-dashboard [part~="totals"]').textContent(), /Reach\s*75\.0%\s*90 of 120/);
		assert.ok(await page.getByText('Others (2 small groups)').count());
		assert.ok(await page.getByRole('button', { name: 'Download Excel' }).count());
	});

	test('fits 320 px without horizontal scrolling in post reach and the unit report', async () => {
		const page = await newPage({ viewport: { width: 320, height: 800 } });
		await servePostReach(page);
		await serveUnit(page);
		await mount(page, { post: POST });
		await page.locator('bk-reach-dashboard .chart canvas').first().waitFor();
		await page.getByText('Visa diagrammet som tabell').click();
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(await overflow(), 0, 'post reach');
		await page.getByRole('tab', { name: 'Enhetsrapport' }).click();
		await page.getByRole('heading', { name: 'Vanligaste teman' }).waitFor();
		assert.equal(await overflow(), 0, 'unit report');
	});

	test('keeps bars visible in forced-colors mode and draws no animation under reduced motion', async () => {
		const page = await newPage();
		await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
		await servePostReach(page);
		await mount(page, { post: POST });
		await page.locator('bk-reach-dashboard .chart canvas').first().waitFor();
		const bar = await page.locator('bk-reach-dashboard .bar').first().evaluate((element) => {
			const fill = getComputedStyle(element.firstElementChild).backgroundColor;
			return { fill, track: getComputedStyle(element).backgroundColor, border: getComputedStyle(element).borderTopStyle };
		});
		assert.notEqual(bar.fill, bar.track);
		assert.equal(bar.border, 'solid');
		const animated = await page.evaluate(() => document.querySelector('bk-reach-dashboard').shadowRoot.getAnimations().length);
		assert.equal(animated, 0);
	});

	test('starts the unit report at the top of the viewer\'s scope as the hub names it', async () => {
		const page = await newPage();
		const starts = await serveApi(page, /\/api\/v1\/reach\/units\?/, () => json({ start: { id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' }, units: [] }));
		const [reports] = await serveUnit(page, { report: { ...reportAtAldre, unit: { id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' } } });
		await mount(page, {});
		await page.getByRole('heading', { name: /^Hägersten-Älvsjö stadsdelsförvaltning, / }).waitFor();
		assert.match(starts[0].url, /reach\/units\?limit=0$/);
		assert.match(reports[0].url, new RegExp(`/reach/units/${HSF}\\?`));
	});

	test('finds a unit by name and shows it with the units above it in the breadcrumb, by keyboard alone', async () => {
		const page = await newPage();
		const searches = await serveApi(page, /\/api\/v1\/reach\/units\?/, () => json({
			start: { id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' },
			units: [{ id: SYD, name: 'Hemtjänst Syd', path: [{ id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' }, { id: ALDRE, name: 'Äldreomsorg' }] }],
		}));
		const [reports] = await serveUnit(page);
		await mount(page, { unit: ALDRE });
		await page.getByRole('heading', { name: /^Äldreomsorg, / }).waitFor();

		await tabTo(page, (now) => now.part?.includes('unit-search'));
		await page.keyboard.type('syd');
		await page.getByRole('status').filter({ hasText: 'Enheter som matchar: 1.' }).waitFor();
		assert.match(searches.at(-1).url, /reach\/units\?q=syd$/);
		const choice = page.locator('bk-reach-dashboard [part~="unit-choice"]');
		assert.match(await choice.textContent(), /Hägersten-Älvsjö stadsdelsförvaltning › Äldreomsorg/);
		await assertNoViolations(page, 'with units found');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).part, 'unit-choice');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('bk-reach-dashboard').path.length === 3);
		assert.match(reports.at(-1).url, new RegExp(`/reach/units/${SYD}\\?`));
		const crumbs = await page.locator('bk-reach-dashboard [part~="breadcrumb"] li').allTextContents();
		assert.deepEqual(crumbs.map((crumb) => crumb.trim()), ['Hägersten-Älvsjö stadsdelsförvaltning', 'Äldreomsorg', 'Hemtjänst Syd']);
		assert.deepEqual(await page.evaluate(() => window.drills.at(-1)), { unitId: SYD, name: 'Hemtjänst Syd', direction: 'down', view: 'unit' });
	});

	test('says when no unit matches, in English too, and fits 320 CSS px with units found', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		let units = [];
		await serveApi(page, /\/api\/v1\/reach\/units\?/, () => json({ start: { id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' }, units }));
		await serveUnit(page);
		await mount(page, { unit: ALDRE, lang: 'en' });
		await page.getByLabel('Find a unit').fill('zzz');
		await page.getByRole('status').filter({ hasText: 'No unit matches.' }).waitFor();
		units = [{ id: SYD, name: 'Hemtjänst Syd med ett mycket långt namn för att prova radbrytning', path: [{ id: HSF, name: 'Hägersten-Älvsjö stadsdelsförvaltning' }, { id: ALDRE, name: 'Äldreomsorg' }] }];
		await page.getByLabel('Find a unit').fill('syd');
		await page.locator('bk-reach-dashboard [part~="unit-choice"]').waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});

	test('compares the posts of the period by reach and acknowledgement, sortable by each column header', async () => {
		const page = await newPage();
		const [, , comparisons] = await serveUnit(page);
		await mount(page, { unit: ALDRE });
		const table = page.getByRole('table', { name: 'Nyheternas räckvidd och kvittenser i Äldreomsorg' });
		await table.waitFor();
		assert.match(comparisons[0].url, new RegExp(`/reach/units/${ALDRE}/posts\\?from=`));
		const titles = () => table.locator('tbody th').allTextContents().then((texts) => texts.map((text) => text.trim()));
		assert.deepEqual(await titles(), ['Ny rutin för nyckelhantering', 'Bemanning i sommar (utom små grupper)', 'Arbetsplatsträff i Syd']);
		const rows = table.locator('tbody tr');
		assert.match(await rows.nth(0).textContent(), /75,0\s%\s\(60 av 80\)[\s\S]*50,0\s%\s\(40 av 80\)/);
		assert.match(await rows.nth(2).textContent(), /Färre än 5 personer/);
		assert.equal(await table.getByRole('columnheader', { name: /Publicerad/ }).getAttribute('aria-sort'), 'descending');

		await table.getByRole('button', { name: 'Räckvidd' }).click();
		assert.deepEqual(await titles(), ['Bemanning i sommar (utom små grupper)', 'Ny rutin för nyckelhantering', 'Arbetsplatsträff i Syd']);
		assert.equal(await table.getByRole('columnheader', { name: /Räckvidd/ }).getAttribute('aria-sort'), 'descending');
		await table.getByRole('button', { name: 'Räckvidd' }).press('Enter');
		assert.equal(await table.getByRole('columnheader', { name: /Räckvidd/ }).getAttribute('aria-sort'), 'ascending');
		assert.deepEqual(await titles(), ['Arbetsplatsträff i Syd', 'Ny rutin för nyckelhantering', 'Bemanning i sommar (utom små grupper)']);
		await table.getByRole('button', { name: 'Nyhet' }).click();
		assert.deepEqual(await titles(), ['Arbetsplatsträff i Syd', 'Bemanning i sommar (utom små grupper)', 'Ny rutin för nyckelhantering']);
		await assertNoViolations(page, 'comparison');
	});

	test('says when no post reached the unit in the period', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveUnit(page, { comparison: { ...comparisonAtAldre, posts: [] } });
		await mount(page, { unit: ALDRE, lang: 'en' });
		await page.getByText('No post reached the unit in the period.').waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});
});
