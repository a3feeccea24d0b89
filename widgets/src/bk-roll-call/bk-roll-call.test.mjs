import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json } from '../../test/support/api.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const CRISIS = 'e1000000-0000-4000-8000-000000000001';
const SYD = 'c0000000-0000-4000-8000-000000000001';
const NORR = 'c0000000-0000-4000-8000-000000000002';
const OTHER = 'e1000000-0000-4000-8000-000000000002';
const ANNA = 'a0000000-0000-4000-8000-000000000001';
const BO = 'a0000000-0000-4000-8000-000000000002';

const ME = { id: 'm1', displayName: 'Sara Lind', roles: [], units: [], manager: null,
	manages: [{ id: SYD, name: 'Hemtjänst Syd' }, { id: NORR, name: 'Hemtjänst Norr' }] };
const ACTIVE = [{ id: CRISIS, title: 'Strömavbrott i Rinkeby', body: '…', severity: 'WARNING', confirmation: 'SAFETY', exercise: true,
	sentAt: '2026-12-05T09:00:00Z', status: 'SAFE' }];

function counts(values) {
	return { expected: 12, answered: 9, notYet: 3, received: 0, safe: 8, needHelp: 1, ...values };
}

function people(reached = false) {
	return [
		{ personId: ANNA, displayName: 'Anna Berg', email: 'anna@example.org', phone: '070-123 45 67', status: 'NEED_HELP',
			note: 'Sitter fast i hissen', answeredAt: '2026-12-05T09:10:00Z', reachedByPhone: reached },
		{ personId: BO, displayName: 'Bo Ek', email: 'bo@example.org', phone: null, status: null, note: null, answeredAt: null, reachedByPhone: false },
	];
}

let server;
let browser;
let page;
let hub;
const api = { reports: {}, calls: [], run: null };

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	hub = await startLiveHub();
	page = await (await browser.newContext()).newPage();
	await page.route('**/api/v1/**', async (route) => {
		const request = route.request();
		const url = new URL(request.url());
		const path = url.pathname.replace(/^\/api\/v1\//, '');
		api.calls.push({ method: request.method(), path, unitId: url.searchParams.get('unitId'), body: request.postDataJSON?.() ?? null });
		let answer = json({});
		if (path === 'me') answer = json(ME);
		else if (path === 'crises/active') answer = json(ACTIVE);
		else if (path === 'crises' && api.run) answer = json(api.run);
		else if (path === `crises/${OTHER}/roll-call`) answer = json({ unitId: SYD, counts: counts({ expected: 7 }), suppressed: false, people: [] });
		else if (path === `crises/${CRISIS}/roll-call`) answer = json(api.reports[url.searchParams.get('unitId') ?? 'whole']);
		else if (path === `crises/${CRISIS}/calls`) {
			api.reports[SYD] = { unitId: SYD, counts: counts(), suppressed: false, people: people(true) };
			answer = json({ calledAt: '2026-12-05T09:20:00Z' }, 201);
		}
		await route.fulfill({ ...answer, headers: { 'access-control-allow-origin': '*' } });
	});
});

after(async () => {
	await browser?.close();
	await hub?.close();
	await server?.close();
});

const widget = () => page.locator('bk-roll-call');
const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

describe('bk-roll-call', () => {
	test('shows each managed unit\'s answers and whom to call with a tel: link, marks someone reached by keyboard, and a need-help event updates it at once', async () => {
		api.reports = {
			[SYD]: { unitId: SYD, counts: counts(), suppressed: false, people: people() },
			[NORR]: { unitId: NORR, counts: counts({ expected: 6, answered: 6, notYet: 0, safe: 6, needHelp: 0 }), suppressed: false, people: [] },
		};
		api.calls.length = 0;
		await mountElement(page, `${server.url}/`, 'bk-roll-call', { attributes: { hub: hub.url, 'poll-interval': '0' } });
		const syd = widget().getByRole('region', { name: 'Hemtjänst Syd' });
		await syd.getByText('Anna Berg').waitFor();
		await widget().getByRole('heading', { name: 'Upprop: Strömavbrott i Rinkeby' }).waitFor();
		assert.equal(squash(await widget().locator('[part~="exercise"]').textContent()), 'ÖVNING');
		assert.deepEqual((await syd.locator('[part~="counts"] > div').allTextContents()).map(squash),
			['Har fått meddelandet12', 'Har tagit del0', 'I säkerhet8', 'Behöver hjälp1', 'Har inte svarat än3']);
		await syd.getByRole('heading', { name: '1 person behöver hjälp' }).waitFor();
		await syd.getByRole('heading', { name: '1 person har inte svarat än' }).waitFor();
		const phone = syd.getByRole('link', { name: 'Ring Anna Berg, 070-123 45 67' });
		assert.equal(await phone.getAttribute('href'), 'tel:0701234567');
		await syd.getByText('Meddelande: ”Sitter fast i hissen”').waitFor();
		await syd.getByText('Inget telefonnummer i katalogen').waitFor();
		const norr = widget().getByRole('region', { name: 'Hemtjänst Norr' });
		await norr.getByRole('heading', { name: 'Alla har svarat' }).waitFor();
		assert.deepEqual(api.calls.filter((call) => call.path.endsWith('roll-call')).map((call) => call.unitId).sort(), [SYD, NORR].sort());
		await assertAxeClean('two units');

		await tabTo(page, 'call-button', 20);
		assert.equal((await focusedElement(page)).text, 'Nådd per telefon');
		await page.keyboard.press('Enter');
		await widget().getByRole('status').getByText('Anna Berg är markerad som nådd per telefon.').waitFor();
		await syd.locator('[part~="reached"]').first().waitFor();
		assert.deepEqual(api.calls.filter((call) => call.method === 'POST').map((call) => call.body), [{ personId: ANNA }]);

		await hub.until(() => hub.subscriptions.includes('crises') && hub.subscriptions.includes(`crisis-roll-call:${CRISIS}`));
		api.reports[SYD] = { unitId: SYD, counts: counts({ needHelp: 2, notYet: 2 }), suppressed: false, people: [...people(true),
			{ personId: BO, displayName: 'Bo Ek', email: 'bo@example.org', phone: '08-508 000 00', status: 'NEED_HELP', note: null,
				answeredAt: '2026-12-05T09:30:00Z', reachedByPhone: false }].filter((person, index) => index !== 1) };
		hub.publish('crises', 'crisis.need-help', { crisisId: CRISIS, personId: BO, displayName: 'Bo Ek' });
		await widget().getByRole('status').getByText('Bo Ek behöver hjälp. Uppropet är uppdaterat.').waitFor();
		await syd.getByRole('heading', { name: '2 personer behöver hjälp' }).waitFor();
		await syd.getByRole('link', { name: 'Ring Bo Ek, 08-508 000 00' }).waitFor();
	});

	test('picks from the crises I run by keyboard, starting at the first active one, at 320 CSS px', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		api.reports = { [SYD]: { unitId: SYD, counts: counts(), suppressed: false, people: [] },
			[NORR]: { unitId: NORR, counts: counts(), suppressed: false, people: [] } };
		api.run = [
			{ id: CRISIS, title: 'Strömavbrott i Rinkeby', severity: 'WARNING', confirmation: 'SAFETY', exercise: true, status: 'ACTIVE',
				sentAt: '2026-12-05T09:00:00Z', allClearAt: null, targets: [], counts: null, suppressed: true },
			{ id: OTHER, title: 'Vattenläcka i Västertorp', severity: 'WARNING', confirmation: 'RECEIVED', exercise: false, status: 'ALL_CLEAR',
				sentAt: '2026-12-05T10:00:00Z', allClearAt: '2026-12-05T11:00:00Z', targets: [], counts: null, suppressed: true },
		].reverse();
		api.calls.length = 0;
		try {
			await mountElement(page, `${server.url}/`, 'bk-roll-call', { attributes: { live: 'off' } });
			const picker = widget().getByLabel('Krismeddelande', { exact: true });
			await picker.waitFor();
			await widget().getByRole('heading', { name: 'Upprop: Strömavbrott i Rinkeby' }).waitFor();
			const options = (await picker.locator('option').allTextContents()).map(squash);
			assert.match(options[0], /^ÖVNING: Strömavbrott i Rinkeby – pågår sedan /, 'the active one first and chosen');
			assert.match(options[1], /^Vattenläcka i Västertorp – faran över /);
			assert.equal(await horizontalOverflow(page), 0);
			await assertAxeClean('the picker, 320 px');

			await tabTo(page, 'pick-select', 10);
			await page.keyboard.press('ArrowDown');
			await widget().getByRole('heading', { name: 'Upprop: Vattenläcka i Västertorp' }).waitFor();
			assert.ok(api.calls.some((call) => call.path === `crises/${OTHER}/roll-call`), 'the picked crisis\'s roll call is read');
			assert.equal((await focusedElement(page)).part, 'pick-select', 'focus stays on the picker');
		} finally {
			api.run = null;
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});

	test('in English, in forced colours and at 320 CSS px, with the crisis-wide counts hidden when fewer than five were asked', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.emulateMedia({ forcedColors: 'active' });
		api.reports = { whole: { unitId: null, counts: null, suppressed: true, people: null },
			[SYD]: { unitId: SYD, counts: counts(), suppressed: false, people: people() },
			[NORR]: { unitId: NORR, counts: counts(), suppressed: false, people: [] } };
		await mountElement(page, `${server.url}/`, 'bk-roll-call',
			{ attributes: { lang: 'en', live: 'off', whole: '', crisis: CRISIS, unit: SYD } });
		await widget().getByRole('heading', { name: 'Roll call: Strömavbrott i Rinkeby' }).waitFor();
		const whole = widget().getByRole('region', { name: 'The whole crisis message' });
		await whole.getByText('The figures are not shown: fewer than five people received the message.').waitFor();
		const syd = widget().getByRole('region', { name: 'Hemtjänst Syd' });
		await syd.getByRole('heading', { name: '1 person needs help' }).waitFor();
		assert.equal(await widget().getByRole('region', { name: 'Hemtjänst Norr' }).count(), 0, 'only the unit asked for');
		await syd.getByRole('button', { name: 'Reached by phone: Anna Berg' }).waitFor();
		assert.equal(await horizontalOverflow(page), 0);
		const border = await page.evaluate(() => getComputedStyle(document.querySelector('bk-roll-call').shadowRoot
			.querySelector('.counts .needHelp')).borderTopStyle);
		assert.equal(border, 'double', '”need help” is marked by its border as well as by words');
		await assertAxeClean('English, forced colours, 320 px');
		await page.emulateMedia({ forcedColors: 'none' });
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
