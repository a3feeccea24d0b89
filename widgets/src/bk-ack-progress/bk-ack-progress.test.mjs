import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi } from '../../test/support/api.mjs';
import { colours, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const POST = 'b0000000-0000-4000-8000-000000000001';
const SYD = 'c0000000-0000-4000-8000-000000000001';
const NORR = 'c0000000-0000-4000-8000-000000000002';
const ACKS = /\/api\/v1\/posts\/[^/]+\/acknowledgements(\?|$)/;
const REMINDERS = /\/api\/v1\/posts\/[^/]+\/reminders(\?|$)/;
const PENDING = /\/api\/v1\/posts\/[^/]+\/acknowledgements\/pending\?/;

/** Those still pending, in the hub's order (unit name, then name). */
const PEOPLE = [
	{ unitId: NORR, unitName: 'Hemtjänst Norr', personId: 'd3', displayName: 'Olle Berg' },
	{ unitId: SYD, unitName: 'Hemtjänst Syd', personId: 'd1', displayName: 'Ahmed Hassan' },
	{ unitId: SYD, unitName: 'Hemtjänst Syd', personId: 'd2', displayName: 'Sofia Nilsson' },
];

/** GET …/acknowledgements/pending as the hub answers it: by unit, searched by name or unit, paged with a cursor. */
function pendingPage(request) {
	const params = new URL(request.url()).searchParams;
	const query = (params.get('q') ?? '').toLowerCase();
	const after = Number(params.get('after') ?? 0);
	const limit = Number(params.get('limit') ?? 50);
	const rows = PEOPLE.filter((row) => (!params.get('unitId') || row.unitId === params.get('unitId'))
		&& (!query || `${row.displayName} ${row.unitName}`.toLowerCase().includes(query)));
	const groups = [];
	for (const row of rows.slice(after, after + limit)) {
		if (groups.at(-1)?.unitId !== row.unitId) groups.push({ unitId: row.unitId, unitName: row.unitName, people: [] });
		groups.at(-1).people.push({ personId: row.personId, displayName: row.displayName });
	}
	return json({ groups, next: after + limit < rows.length ? String(after + limit) : null });
}

/** Serves the progress with `answer` and the pending list with `pending`; returns the progress calls. */
async function serveAcks(page, answer, pending = pendingPage) {
	await serveApi(page, PENDING, pending);
	return serveApi(page, ACKS, answer);
}

const whole = {
	postId: POST,
	title: 'Nya rutiner för nyckelhantering',
	deadline: '2026-12-24T12:00:00Z',
	audience: 30,
	acknowledged: 12,
	byUnit: [
		{ unitId: SYD, name: 'Hemtjänst Syd', audience: 20, acknowledged: 10 },
		{ unitId: NORR, name: 'Hemtjänst Norr', audience: 10, acknowledged: 2 },
	],
	pending: [
		{ personId: 'd1', displayName: 'Ahmed Hassan', unitName: 'Hemtjänst Syd' },
		{ personId: 'd2', displayName: 'Sofia Nilsson', unitName: 'Hemtjänst Syd' },
		{ personId: 'd3', displayName: 'Olle Berg', unitName: 'Hemtjänst Norr' },
	],
};
const syd = {
	...whole,
	audience: 20,
	acknowledged: 10,
	byUnit: [{ unitId: SYD, name: 'Hemtjänst Syd', audience: 20, acknowledged: 10 }],
	pending: whole.pending.slice(0, 2),
};

/** The whole audience, or Hemtjänst Syd when asked with ?unitId=. */
function progress(request) {
	return json(new URL(request.url()).searchParams.get('unitId') === SYD ? syd : whole);
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

const mount = (page, options = {}) => mountElement(page, `${server.url}/`, 'bk-ack-progress',
	{ ...options, attributes: { post: POST, ...options.attributes } });
const widget = (page) => page.locator('bk-ack-progress');
const heading = (page, name) => widget(page).getByRole('heading', { name });

describe('bk-ack-progress', () => {
	test('has no WCAG 2.1 AA violations while loading, loaded, drilled into a unit, after reminding and when forbidden', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveAcks(page, async (request, call) => {
			if (call === 1) await answer.promise;
			if (call === 3) return problem(403, 'forbidden', 'Forbidden', 'Not yours');
			return progress(request);
		});
		await serveApi(page, REMINDERS, () => json({ reminded: 3, alreadyRemindedToday: 0 }, 202));
		await mount(page);

		await widget(page).getByRole('status').getByText('Hämtar kvittenser…').waitFor();
		const check = async (state) => {
			const violations = await axeViolations(page);
			assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
		};
		await check('loading');
		answer.resolve();
		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();
		await check('loaded');
		await widget(page).getByRole('button', { name: 'Påminn dem som inte har kvitterat' }).click();
		await widget(page).getByText('Påminnelse skickad till 3 personer.', { exact: false }).waitFor();
		await check('reminded');
		await widget(page).getByRole('button', { name: 'Hemtjänst Syd', exact: true }).click();
		await heading(page, 'Kvittenser i Hemtjänst Syd: Nya rutiner för nyckelhantering').waitFor();
		await check('drilled');
		await widget(page).getByRole('button', { name: 'Tillbaka till alla enheter' }).click();
		await widget(page).getByRole('alert').waitFor();
		await check('forbidden');
	});

	test('shows the total and every unit with its numbers in words, the deadline and who is pending', async () => {
		const page = await newPage();
		const calls = await serveAcks(page, progress);
		await mount(page);

		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();
		const text = await widget(page).locator('.base').textContent();
		assert.ok(text.includes('12 av 30 har kvitterat (40 %)'), text);
		assert.match(text, /Sista dag att kvittera: 24 dec\. 2026 13:00/);
		const units = widget(page).getByRole('region', { name: 'Per enhet' }).getByRole('listitem');
		assert.deepEqual((await units.allTextContents()).map((row) => row.replace(/\s+/g, ' ').trim()),
			['Hemtjänst Syd 10 av 20 (50 %)', 'Hemtjänst Norr 2 av 10 (20 %)']);
		const pending = widget(page).getByRole('region', { name: 'Har inte kvitterat (18)' });
		await pending.locator('.person-name').getByText('Olle Berg').waitFor();
		assert.deepEqual(await pending.getByRole('heading', { level: 5 }).allTextContents(), ['Hemtjänst Norr', 'Hemtjänst Syd']);
		assert.equal(await widget(page).locator('.bar').first().getAttribute('aria-hidden'), 'true', 'bars only repeat the numbers');
		assert.equal(calls[0].url, `${server.url}/api/v1/posts/${POST}/acknowledgements`);
	});

	test('drills into a unit and back with the keyboard alone, focus following', async () => {
		const page = await newPage();
		const calls = await serveAcks(page, progress);
		await mount(page);
		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();

		const unit = await tabTo(page, 'unit-button');
		assert.equal(unit.text, 'Hemtjänst Syd');
		assert.equal(unit.outlineStyle, 'solid');
		await page.keyboard.press('Enter');
		await heading(page, 'Kvittenser i Hemtjänst Syd: Nya rutiner för nyckelhantering').waitFor();
		assert.equal(new URL(calls[1].url).searchParams.get('unitId'), SYD);
		assert.equal((await focusedElement(page)).part, 'heading');
		assert.match(await widget(page).locator('.base').textContent(), /10 av 20 har kvitterat \(50 %\)/);
		const pending = widget(page).getByRole('region', { name: 'Har inte kvitterat (10)' });
		await pending.locator('.person-name').getByText('Sofia Nilsson').waitFor();
		assert.deepEqual(await pending.getByRole('heading', { level: 5 }).allTextContents(), ['Hemtjänst Syd'], 'only the unit drilled into');

		const back = await tabTo(page, 'back-button');
		assert.equal(back.text.replace('← ', ''), 'Tillbaka till alla enheter');
		await page.keyboard.press('Space');
		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'unit-button');
		assert.equal(focused.text, 'Hemtjänst Syd', 'focus returns to the unit just left');
		assert.equal(new URL(calls[2].url).searchParams.has('unitId'), false);
	});

	test('reminds the pending with the keyboard and announces who was reminded through role=status', async () => {
		const page = await newPage();
		await serveAcks(page, progress);
		const answer = deferred();
		const reminders = await serveApi(page, REMINDERS, async (request, call) => (call === 1
			? (await answer.promise, json({ reminded: 2, alreadyRemindedToday: 1 }, 202))
			: json({ reminded: 0, alreadyRemindedToday: 3 }, 202)));
		await mount(page);
		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();

		const button = await tabTo(page, 'remind-button');
		assert.equal(button.text, 'Påminn dem som inte har kvitterat');
		await page.keyboard.press('Enter');
		const status = widget(page).locator('[part="reminder-status"]');
		assert.equal(await status.getAttribute('role'), 'status');
		await status.getByText('Skickar påminnelser…').waitFor();
		answer.resolve();
		await status.getByText('Påminnelse skickad till 2 personer. 1 person hade redan fått en påminnelse i dag.').waitFor();
		assert.equal(reminders[0].method, 'POST');
		assert.equal(reminders[0].url, `${server.url}/api/v1/posts/${POST}/reminders`);
		assert.equal(reminders[0].authorization, 'Bearer token');
		assert.equal((await focusedElement(page)).part, 'remind-button', 'focus stays on the button');

		await page.keyboard.press('Space');
		await status.getByText('Ingen behövde påminnas: 3 personer hade redan fått en påminnelse i dag.').waitFor();
	});

	test('says when reminding failed, in an alert', async () => {
		const page = await newPage();
		await serveAcks(page, progress);
		await serveApi(page, REMINDERS, () => problem(429, 'too-many-requests', 'Too many requests', 'Slow down'));
		await mount(page);

		await widget(page).getByRole('button', { name: 'Påminn dem som inte har kvitterat' }).click();
		await widget(page).getByRole('alert').getByText(
			'Påminnelserna kunde inte skickas. Du har påmint nyss. Vänta en stund och försök igen.').waitFor();
	});

	test('tells someone who may not see acknowledgements so, and says when the post does not exist', async () => {
		const page = await newPage();
		await serveAcks(page, (request, call) => (call === 1
			? problem(403, 'forbidden', 'Forbidden', 'Per-person lists are for authors and managers')
			: problem(404, 'post-not-found', 'Not found', 'No such post')));
		await mount(page);

		const alert = widget(page).getByRole('alert');
		await alert.getByText('Du kan inte se kvittenser för den här nyheten.').waitFor();
		await widget(page).getByRole('button', { name: 'Försök igen' }).click();
		await alert.getByText('Nyheten finns inte, eller så har den tagits bort.').waitFor();
		await page.evaluate(() => document.querySelector('bk-ack-progress').setAttribute('lang', 'en'));
		await alert.getByText('The post does not exist, or it has been removed.').waitFor();
	});

	test('says everyone has acknowledged and offers no reminder then', async () => {
		const page = await newPage();
		await serveAcks(page, () => json({ ...whole, acknowledged: 30, pending: [], byUnit: [] }));
		await mount(page);

		await widget(page).getByText('Alla har kvitterat.').waitFor();
		assert.equal(await widget(page).getByRole('button', { name: /Påminn/ }).count(), 0);
		assert.match(await widget(page).locator('.base').textContent(), /30 av 30 har kvitterat \(100 %\)/);
	});

	test('speaks English and reloads for another post when its post attribute changes', async () => {
		const page = await newPage();
		const calls = await serveAcks(page, (request) => json(request.url().includes(POST) ? whole
			: { ...whole, title: 'Another post', deadline: null, audience: 0, acknowledged: 0, byUnit: [], pending: [] }));
		await mount(page, { attributes: { lang: 'en' } });

		await heading(page, 'Acknowledgements: Nya rutiner för nyckelhantering').waitFor();
		assert.match(await widget(page).locator('.base').textContent(), /12 of 30 have acknowledged \(40 %\)/);
		await widget(page).getByRole('region', { name: 'Not yet acknowledged (18)' }).waitFor();
		await page.evaluate(() => document.querySelector('bk-ack-progress').setAttribute('post', 'other-post'));
		await heading(page, 'Acknowledgements: Another post').waitFor();
		assert.match(await widget(page).locator('.base').textContent(), /0 of 0 have acknowledged \(0 %\)/);
		assert.match(await widget(page).locator('.base').textContent(), /No deadline\./);
		assert.equal(calls[1].url, `${server.url}/api/v1/posts/other-post/acknowledgements`);
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveAcks(page, () => json({
			...whole,
			title: 'Informationsmöte om individ- och familjeomsorgsavdelningens nya mottagningsrutiner',
			byUnit: [{ unitId: SYD, name: 'Individ- och familjeomsorgsavdelningensmottagningsenhet för vuxna', audience: 1200, acknowledged: 1199 }],
		}), () => json({ groups: [{ unitId: SYD, unitName: 'Individ- och familjeomsorgsavdelningensmottagningsenhet för vuxna',
			people: [{ personId: 'd9', displayName: 'Maximiliana Bernadotte-Östergren-Lindqvist' }] }], next: 'more' }));
		await mount(page);
		await widget(page).locator('.person-name').getByText('Maximiliana Bernadotte-Östergren-Lindqvist').waitFor();
		await widget(page).getByRole('button', { name: 'Visa fler' }).waitFor();
		assert.equal(await horizontalOverflow(page), 0);
	});

	test('keeps bars, numbers, buttons and focus visible in forced-colors mode', async () => {
		const page = await newPage();
		await page.emulateMedia({ forcedColors: 'active' });
		await serveAcks(page, progress);
		await mount(page);
		await heading(page, 'Kvittenser: Nya rutiner för nyckelhantering').waitFor();
		await widget(page).locator('.person-name').getByText('Olle Berg').waitFor();

		for (const selector of ['.total-text', '.unit-button', '.unit-numbers', '.person-name', '.group-name', '.remind-one']) {
			const { color, background } = await colours(page, 'bk-ack-progress', selector);
			assert.notEqual(color, background, `${selector} must stay readable`);
		}
		const fill = await colours(page, 'bk-ack-progress', '.bar-fill');
		const bar = await colours(page, 'bk-ack-progress', '.bar');
		assert.notEqual(fill.background, bar.background, 'the filled part of a bar stands out');
		assert.match(bar.border, /^solid [1-9]/);
		assert.match((await colours(page, 'bk-ack-progress', '.remind')).border, /^solid [1-9]/);
		assert.equal((await tabTo(page, 'remind-button')).outlineStyle, 'solid');
	});

	test('lists who is pending grouped under a heading per unit, searchable by name or unit', async () => {
		const page = await newPage();
		await serveApi(page, ACKS, progress);
		const asked = await serveApi(page, PENDING, pendingPage);
		await mount(page, { attributes: { 'search-delay': '50' } });
		const pending = widget(page).getByRole('region', { name: 'Har inte kvitterat (18)' });
		await pending.locator('.person-name').getByText('Olle Berg').waitFor();
		const groups = pending.locator('[part~="pending-group"]');
		assert.deepEqual(await groups.evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.group-name, .person-name')]
			.map((element) => element.textContent))), [['Hemtjänst Norr', 'Olle Berg'], ['Hemtjänst Syd', 'Ahmed Hassan', 'Sofia Nilsson']]);
		assert.equal(new URL(asked[0].url).pathname, `/api/v1/posts/${POST}/acknowledgements/pending`);
		assert.equal(new URL(asked[0].url).searchParams.get('limit'), '50');
		await pending.getByText('Visar 3 personer.').waitFor();

		await pending.getByRole('searchbox', { name: 'Sök person eller enhet' }).fill('sofia');
		await pending.getByText('Visar 1 person.').waitFor();
		assert.deepEqual(await pending.locator('.person-name').allTextContents(), ['Sofia Nilsson']);
		assert.equal(new URL(asked.at(-1).url).searchParams.get('q'), 'sofia');
		await pending.getByRole('searchbox', { name: 'Sök person eller enhet' }).fill('norr');
		await pending.locator('.person-name').getByText('Olle Berg').waitFor();
		assert.deepEqual(await pending.locator('.person-name').allTextContents(), ['Olle Berg'], 'a unit\'s name finds its people');
		await pending.getByRole('searchbox', { name: 'Sök person eller enhet' }).fill('xyz');
		await pending.getByRole('status').getByText('Ingen som inte har kvitterat matchar ”xyz”.').waitFor();
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `no match: ${formatViolations(violations)}`);
	});

	test('shows the list a page at a time with "Visa fler", a unit carrying over staying one group, focus on the first new person', async () => {
		const page = await newPage();
		await serveApi(page, ACKS, progress);
		const asked = await serveApi(page, PENDING, pendingPage);
		await mount(page, { attributes: { 'page-size': '2' } });
		const pending = widget(page).getByRole('region', { name: 'Har inte kvitterat (18)' });
		await pending.locator('.person-name').getByText('Ahmed Hassan').waitFor();
		assert.deepEqual(await pending.locator('.person-name').allTextContents(), ['Olle Berg', 'Ahmed Hassan']);

		const more = await tabTo(page, 'more-button');
		assert.equal(more.text, 'Visa fler');
		await page.keyboard.press('Enter');
		await pending.locator('.person-name').getByText('Sofia Nilsson').waitFor();
		assert.equal(new URL(asked.at(-1).url).searchParams.get('after'), '2');
		assert.deepEqual(await pending.getByRole('heading', { level: 5 }).allTextContents(), ['Hemtjänst Norr', 'Hemtjänst Syd']);
		assert.deepEqual(await pending.locator('.person-name').allTextContents(), ['Olle Berg', 'Ahmed Hassan', 'Sofia Nilsson']);
		assert.equal(await pending.getByRole('button', { name: 'Visa fler' }).count(), 0, 'no more after the last page');
		assert.equal((await focusedElement(page)).text, 'Sofia Nilsson', 'focus goes to the first person added');
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `paged: ${formatViolations(violations)}`);
	});

	test('reminds one unit or one person with the keyboard and says whom in role=status', async () => {
		const page = await newPage();
		await serveAcks(page, progress);
		const results = [{ reminded: 2, alreadyRemindedToday: 0 }, { reminded: 1, alreadyRemindedToday: 0 },
			{ reminded: 1, alreadyRemindedToday: 0 }, { reminded: 0, alreadyRemindedToday: 1 }];
		const reminders = await serveApi(page, REMINDERS, (request, call) => json(results[call - 1], 202));
		await mount(page);
		await widget(page).locator('.person-name').getByText('Olle Berg').waitFor();
		const status = widget(page).locator('[part="reminder-status"]');

		await widget(page).getByRole('button', { name: 'Påminn enheten Hemtjänst Syd' }).click();
		await status.getByText('Påminnelse skickad till 2 personer i Hemtjänst Syd.').waitFor();
		assert.equal(new URL(reminders[0].url).searchParams.get('unitId'), SYD);
		await widget(page).getByRole('button', { name: 'Påminn enheten Hemtjänst Norr' }).click();
		await status.getByText('Påminnelse skickad till 1 person i Hemtjänst Norr.').waitFor();

		const button = await tabTo(page, 'remind-person-button');
		assert.equal(button.text, 'Påminn personen Olle Berg');
		await page.keyboard.press('Enter');
		await status.getByText('Påminnelse skickad till Olle Berg.').waitFor();
		assert.equal(new URL(reminders[2].url).searchParams.get('personId'), 'd3');
		assert.equal(reminders[2].method, 'POST');
		await page.keyboard.press('Space');
		await status.getByText('Olle Berg hade redan fått en påminnelse i dag.').waitFor();
		assert.equal((await focusedElement(page)).part, 'remind-person-button', 'focus stays on the button');
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `reminded one: ${formatViolations(violations)}`);
	});

	test('keeps the figures when the pending list fails to load, and loads it again on request', async () => {
		const page = await newPage();
		await serveAcks(page, progress, (request, call) => (call === 1 ? problem(500, 'internal', 'Internal error', 'Oops') : pendingPage(request)));
		await mount(page);
		const alert = widget(page).getByRole('alert');
		await alert.getByText('Listan över dem som inte har kvitterat kunde inte hämtas.', { exact: false }).waitFor();
		assert.match(await widget(page).locator('.total-text').textContent(), /12 av 30 har kvitterat/);
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `pending failed: ${formatViolations(violations)}`);
		await alert.getByRole('button', { name: 'Försök igen' }).click();
		await widget(page).locator('.person-name').getByText('Olle Berg').waitFor();
		assert.equal(await widget(page).getByRole('alert').count(), 0);
	});
});
