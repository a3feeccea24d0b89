/**
 * bk-cascade-tracker in Chromium against the budkavle API: the state counts, the median per level, the reach of the
 * local posts, the feedback, the tree opened and closed by keyboard with each unit's state in words, the CSV
 * download, choosing among the viewer's budkavlar, live reloads on `cascade:{id}`, axe, English and 320 px. One page
 * for the whole file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { AVDELNING, CASCADE, OTHER, json, relayItem, serveCascadeApi, toolkit, tracker } from '../../test/support/cascade-api.mjs';

const TEAM = 'c0000000-0000-4000-8000-0000000000a1';

/** The standard tracker with a team below Hemtjänst Syd, so there is a closed level to open. */
function deeperTracker(overrides = {}) {
	const base = tracker();
	base.root.children[0].children = [{ unitId: TEAM, name: 'Arbetsgrupp Kväll', level: 3, manager: { name: 'Olle Berg' },
		carriedBy: null, state: 'NOT_OPENED', deadline: '2026-12-16T16:00:00Z', relays: [],
		rollup: { units: 1, notOpened: 1, opened: 0, relayed: 0, discussed: 0, overdue: 0 }, reach: null, children: [] }];
	return { ...base, ...overrides };
}

let server;
let browser;
let page;
let api;
let hub;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	hub = await startLiveHub();
	page = await (await browser.newContext({ acceptDownloads: true })).newPage();
	api = await serveCascadeApi(page);
});

after(async () => {
	await browser?.close();
	await hub?.close();
	await server?.close();
});

async function mount(handlers, attributes = { cascade: CASCADE }) {
	for (const key of Object.keys(api.handlers)) delete api.handlers[key];
	Object.assign(api.handlers, { [`GET cascades/${CASCADE}/tracker`]: () => json(deeperTracker()), ...handlers });
	api.calls.length = 0;
	await mountElement(page, `${server.url}/`, 'bk-cascade-tracker', { attributes: { live: 'off', ...attributes } });
}

const widget = () => page.locator('bk-cascade-tracker');
const callsTo = (method, path) => api.calls.filter((call) => call.method === method && call.path === path);
const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

describe('bk-cascade-tracker', () => {
	test('shows the state counts in words, the median time per level, the reach of the local posts and the feedback', async () => {
		await mount();
		await widget().getByRole('heading', { name: 'Uppföljning: Ny bemanningsplan' }).waitFor();
		assert.equal(squash(await widget().locator('.rollup .total').textContent()), '3 enheter i budkavlen');
		assert.deepEqual((await widget().locator('[part~="rollup-item"]').allTextContents()).map(squash), [
			'○ Inte öppnad: 0 enheter', '◐ Öppnad: 0 enheter', '✓ Skickad vidare: 1 enhet',
			'✓ Diskuterad på arbetsplatsträff: 1 enhet', '! Försenad: 1 enhet']);
		assert.deepEqual((await widget().locator('[part~="level-row"]').allTextContents()).map(squash),
			['Nivå 1 1 20,5 timmar', 'Nivå 2 2 – (ingen har skickat vidare än)']);
		assert.equal(squash(await widget().locator('[part~="reach"]').textContent()),
			'Räckvidd för de lokala nyheterna: 80 av 120 har läst, 40 har kvitterat.');
		const feedback = widget().getByRole('region', { name: 'Återkoppling från grupperna' });
		await feedback.getByText('1 arbetsplatsträff med sammanlagt 8 deltagare.').waitFor();
		await feedback.getByRole('heading', { name: 'Hemtjänst Syd' }).waitFor();
		assert.match(await feedback.textContent(), /Hur blir det med helgerna\?\nFår vi fler vikarier\?/);
		assert.match(await feedback.textContent(), /Positivt, men oro för sjukfrånvaron\./);
		assert.equal(callsTo('GET', `cascades/${CASCADE}/tracker`)[0].query.has('unitId'), false);
		await assertAxeClean('tracker');
	});

	test('opens and closes units with the keyboard, each with its state, its manager or who carries it, and how it was passed on', async () => {
		await mount();
		const top = widget().getByRole('button', { name: /^Äldreomsorgsavdelningen/ });
		await top.waitFor();
		assert.equal(await top.getAttribute('aria-expanded'), 'true', 'the top unit starts open');
		const rows = widget().locator('[part~="node-row"]');
		assert.match(squash(await rows.nth(0).textContent()), /Äldreomsorgsavdelningen .*✓ Skickad vidare Chef: Anna Ek Nyhet publicerad 4 dec\. 2026 06:30/);
		assert.match(squash(await rows.nth(0).textContent()), /Skickad vidare i 2 av 3 enheter, 1 försenad\./);
		assert.match(squash(await rows.nth(1).textContent()), /Hemtjänst Syd .*✓ Diskuterad på arbetsplatsträff Chef: Sara Lind Arbetsplatsträff sparad 5 dec\. 2026 09:00/);
		assert.match(squash(await rows.nth(2).textContent()), /Hemtjänst Norr ! Försenad Ingen egen chef – Anna Ek skickar vidare i stället/);
		assert.equal(await widget().getByText('Arbetsgrupp Kväll').count(), 0, 'lower levels start closed');

		const syd = await tabTo(page, 'disclosure', 30).then(() => tabTo(page, 'disclosure', 30));
		assert.match(syd.text, /Hemtjänst Syd/);
		const sydButton = widget().getByRole('button', { name: /^Hemtjänst Syd/ });
		assert.equal(await sydButton.getAttribute('aria-expanded'), 'false');
		assert.equal(await sydButton.getAttribute('aria-label'), null);
		assert.match(squash(await sydButton.textContent()), /Hemtjänst Syd – 1 enhet under/);
		await page.keyboard.press('Enter');
		await widget().getByText('Arbetsgrupp Kväll').waitFor();
		assert.equal(await sydButton.getAttribute('aria-expanded'), 'true');
		assert.match((await focusedElement(page)).text, /Hemtjänst Syd/, 'focus stays on the unit opened');
		assert.match(squash(await rows.nth(2).textContent()), /Arbetsgrupp Kväll ○ Inte öppnad Chef: Olle Berg Skicka vidare senast 16 dec\. 2026 17:00/);
		await assertAxeClean('opened a level');

		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		assert.equal(await top.getAttribute('aria-expanded'), 'false');
		assert.equal(await widget().getByText('Hemtjänst Norr').count(), 0, 'closing the top hides everything below');
	});

	test('downloads the tracker as CSV for the unit shown', async () => {
		await mount({ [`GET cascades/${CASCADE}/tracker.csv`]: () => ({ status: 200, contentType: 'text/csv; charset=utf-8',
			body: 'unit,state\nHemtjänst Syd,DISCUSSED\n', headers: { 'content-disposition': 'attachment; filename="budkavle-ny-bemanningsplan.csv"' } }) },
		{ cascade: CASCADE, unit: AVDELNING });
		await widget().getByRole('heading', { name: 'Uppföljning: Ny bemanningsplan' }).waitFor();
		await tabTo(page, 'csv-button', 40);
		const download = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		assert.equal((await download).suggestedFilename(), 'budkavle-ny-bemanningsplan.csv');
		await widget().getByRole('status').getByText('Filen budkavle-ny-bemanningsplan.csv är nedladdad.').waitFor();
		const [csv] = callsTo('GET', `cascades/${CASCADE}/tracker.csv`);
		assert.equal(csv.query.get('unitId'), AVDELNING);
		assert.match(csv.accept, /text\/csv/);
		assert.equal(callsTo('GET', `cascades/${CASCADE}/tracker`)[0].query.get('unitId'), AVDELNING);
	});

	test('without a budkavle named, offers the ones the viewer sent or passes on, picked by keyboard, and follows the one picked live', async () => {
		const state = { tracker: deeperTracker() };
		await mount({
			'GET cascades': (call) => json({ items: call.query.get('box') === 'sent'
				? [relayItem({ counts: { units: 3, relayed: 1, discussed: 1, overdue: 1 } })]
				: [relayItem(), relayItem({ id: OTHER, title: 'Nya nyckelrutiner' })] }),
			[`GET cascades/${CASCADE}/tracker`]: () => json(state.tracker),
			[`GET cascades/${OTHER}/tracker`]: () => json(tracker({ cascadeId: OTHER, title: 'Nya nyckelrutiner' })),
		}, { live: '', hub: hub.url });
		await widget().getByText('Välj en budkavle att följa upp.').waitFor();
		assert.deepEqual(await widget().locator('[part~="choice-button"]').allTextContents(), ['Ny bemanningsplan', 'Nya nyckelrutiner']);
		await assertAxeClean('choices');
		await tabTo(page, 'choice-button', 20);
		await page.keyboard.press('Enter');
		await widget().getByRole('heading', { name: 'Uppföljning: Ny bemanningsplan' }).waitFor();

		await hub.until(() => hub.subscriptions.includes(`cascade:${CASCADE}`));
		const changed = deeperTracker();
		changed.root.children[1].state = 'RELAYED';
		changed.root.children[1].relays = [{ kind: 'POST', at: '2026-12-05T10:00:00Z', onBehalf: true, postId: 'p2' }];
		state.tracker = changed;
		hub.publish(`cascade:${CASCADE}`, 'cascade.relayed', { cascadeId: CASCADE, unitId: 'norr', state: 'RELAYED' });
		await widget().getByRole('status').getByText('Uppföljningen är uppdaterad.').waitFor();
		assert.match(squash(await widget().locator('[part~="node-row"]').nth(2).textContent()),
			/Hemtjänst Norr ✓ Skickad vidare .*Nyhet publicerad 5 dec\. 2026 11:00 – i chefens ställe/);

		await widget().getByRole('button', { name: 'Välj en annan budkavle' }).click();
		await widget().getByText('Välj en budkavle att följa upp.').waitFor();
		assert.match((await focusedElement(page)).text, /Ny bemanningsplan/, 'focus returns to the budkavle left');

		await widget().getByRole('button', { name: 'Nya nyckelrutiner' }).click();
		await widget().getByRole('button', { name: 'Välj en annan budkavle' }).waitFor();
		await page.evaluate(() => { document.querySelector('bk-cascade-tracker').token = 'someone-else'; });
		await widget().getByText('Välj en budkavle att följa upp.').waitFor();
	});

	test('lets the sender answer the managers\' questions by keyboard, and shows a manager the questions without an answer form', async () => {
		const questions = [{ id: 'q1', author: { name: 'Sara Lind' }, body: 'Gäller det nattpatrullen?', at: '2026-12-04T08:00:00Z', answer: null }];
		const handlers = (me) => ({
			[`GET cascades/${CASCADE}/questions`]: () => json({ items: questions }),
			[`GET cascades/${CASCADE}`]: () => json(toolkit()),
			'GET me': () => json({ id: me, displayName: 'Någon' }),
			[`POST cascades/${CASCADE}/questions/q1/answer`]: (call) => {
				questions[0].answer = { body: call.body.body, author: { name: 'Karin Lindqvist' }, at: '2026-12-04T09:00:00Z' };
				return json({});
			},
		});
		await mount(handlers('p2'));
		const thread = widget().getByRole('region', { name: 'Frågor från cheferna' });
		await thread.getByText('Gäller det nattpatrullen?').waitFor();
		await thread.getByText('Inte besvarad än.').waitFor();
		assert.equal(await thread.locator('textarea').count(), 0, 'only the sender answers');

		await mount(handlers('p1'));
		await thread.getByText('Gäller det nattpatrullen?').waitFor();
		await tabTo(page, 'answer-input', 40);
		await page.keyboard.type('Ja, nattpatrullen ingår från februari.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await widget().getByRole('status').getByText('Svaret är skickat. Alla chefer i budkavlen ser det.').waitFor();
		await thread.getByText('Ja, nattpatrullen ingår från februari.').waitFor();
		assert.deepEqual(callsTo('POST', `cascades/${CASCADE}/questions/q1/answer`)[0].body, { body: 'Ja, nattpatrullen ingår från februari.' });
		assert.equal((await focusedElement(page)).part, 'section-heading');
		await assertAxeClean('answered');
	});

	test('speaks English, hides reach for small groups and fits 320 CSS px without sideways scrolling', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		const small = deeperTracker({ title: 'Ny bemanningsplan för hemtjänstens kvälls- och nattpatruller' });
		small.root.reach = null;
		small.root.name = 'Individ- och familjeomsorgsavdelningensmottagningsenhetförvuxna';
		small.feedback = null;
		small.root.children[0].reach = { audience: 12, read: 7, acknowledged: null };
		await mount({ [`GET cascades/${CASCADE}/tracker`]: () => json(small) }, { cascade: CASCADE, lang: 'en' });
		await widget().getByRole('heading', { name: /^Tracker: Ny bemanningsplan/ }).waitFor();
		assert.equal(squash(await widget().locator('[part~="reach"]').textContent()),
			'Reach of the local posts: not shown for groups of fewer than five people.');
		await widget().getByText('No feedback to show yet.', { exact: false }).waitFor();
		assert.match(squash(await widget().locator('[part~="node-reach"]').last().textContent()),
			/^Reach of the local posts: 7 of 12 have read\.$/, 'no acknowledgement figure where none was asked for');
		await widget().getByRole('button', { name: /^Hemtjänst Syd/ }).click();
		await widget().getByText('Arbetsgrupp Kväll').waitFor();
		const wide = await page.evaluate(() => [...document.querySelector('bk-cascade-tracker').shadowRoot.querySelectorAll('*')]
			.filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth)
			.map((element) => `${element.localName}.${element.className}`));
		assert.deepEqual(wide, []);
		assert.equal(await horizontalOverflow(page), 0);
		await assertAxeClean('English at 320 px');
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
