import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json } from '../../test/support/api.mjs';
import { focusedElement, horizontalOverflow, tabTo } from '../../test/support/elements.mjs';

const CRISIS = 'e1000000-0000-4000-8000-000000000001';

const ME = { id: 'p1', displayName: 'Sara Lind', email: 'sara@example.org', roles: [], units: [], manages: [], manager: null };

function crisis(overrides = {}) {
	return { id: CRISIS, title: 'Strömavbrott i Rinkeby', body: 'Gå till samlingsplatsen vid skolan.\nTa med mobilen.',
		severity: 'WARNING', confirmation: 'SAFETY', exercise: true, sentAt: '2026-12-05T09:00:00Z', status: null,
		answeredAt: null, latestUpdate: null, updatedAt: null, ...overrides };
}

let server;
let browser;
let page;
let hub;
let cdp;
const api = { active: [], calls: [] };

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	hub = await startLiveHub();
	page = await (await browser.newContext()).newPage();
	cdp = await page.context().newCDPSession(page);
	await page.route('**/api/v1/**', async (route) => {
		const request = route.request();
		const path = new URL(request.url()).pathname.replace(/^\/api\/v1\//, '');
		api.calls.push({ method: request.method(), path, body: request.postDataJSON?.() ?? null });
		const answer = path === 'crises/active' ? json(api.active)
			: path === 'me' ? json(ME)
				: path.startsWith('crises/') && request.method() === 'POST' ? json({ status: 'SAFE', answeredAt: '2026-12-05T09:05:00Z' })
					: json({ items: [], next: null });
		await route.fulfill({ ...answer, headers: { 'access-control-allow-origin': '*' } });
	});
});

after(async () => {
	await browser?.close();
	await hub?.close();
	await server?.close();
});

/** Opens the crisis test page with the given widgets, all on the live hub, signed in with one token. */
async function open(tags, lang = 'sv') {
	api.calls.length = 0;
	await page.goto(`${server.url}/crisis.html`);
	await page.evaluate(({ tags, hub, lang }) => {
		document.documentElement.lang = lang;
		for (const tag of tags) {
			const element = document.createElement(tag);
			element.setAttribute('hub', hub);
			element.token = 'token';
			document.getElementById('host').append(element);
		}
	}, { tags, hub: hub.url, lang });
}

/** The texts of every crisis message shown, widget by widget, looking into shadow roots. */
function bannerTexts() {
	return page.evaluate(() => [...document.querySelectorAll('#host > *')].map((widget) => {
		const banner = widget.localName === 'bk-crisis-banner' ? widget : widget.shadowRoot.querySelector('bk-crisis-banner');
		return [...(banner?.shadowRoot.querySelectorAll('[part~="crisis"]') ?? [])].map((node) => {
			const copy = node.cloneNode(true);
			copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
			copy.querySelectorAll('button').forEach((button) => button.prepend(' '));
			return copy.textContent.replace(/\s+/g, ' ').trim();
		});
	}));
}

async function waitForBanners(predicate) {
	for (let attempt = 0; attempt < 200; attempt++) {
		const texts = await bannerTexts();
		if (predicate(texts)) return texts;
		await page.waitForTimeout(25);
	}
	throw new Error(`banners never matched: ${JSON.stringify(await bannerTexts())}`);
}

/** The alerts in Chromium's accessibility tree (what a screen reader is told to announce), by their text. */
async function alerts() {
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	return nodes.filter((node) => !node.ignored && node.role?.value === 'alert');
}

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

describe('bk-crisis-banner', () => {
	test('a crisis sent while three widgets are open appears in each within seconds, is announced once, and an answer by keyboard removes it everywhere', async () => {
		api.active = [];
		await open(['bk-me', 'bk-notifications', 'bk-me']);
		await page.locator('bk-me').first().getByRole('heading', { name: 'Sara Lind' }).waitFor();
		await hub.until(() => hub.subscriptions.includes('crises'));
		assert.deepEqual(await bannerTexts(), [[], [], []]);
		assert.equal((await alerts()).length, 1, 'the announcer\'s empty alert region waits for a message');

		api.active = [crisis()];
		hub.publish('crises', 'crisis.sent', { crisisId: CRISIS });
		const texts = await waitForBanners((all) => all.every((shown) => shown.length === 1));
		assert.match(texts[0][0], /^ÖVNING Krismeddelande – varning Strömavbrott i Rinkeby Gå till samlingsplatsen vid skolan\. Ta med mobilen\. Det här är en övning\. Svara som om det vore på riktigt\. Jag är i säkerhet Jag behöver hjälp$/);
		assert.equal(texts[1][0], 'ÖVNING Krismeddelande – varning Strömavbrott i Rinkeby Jag är i säkerhet Jag behöver hjälp', 'the other widgets show a compact reference');
		assert.equal(texts[2][0], texts[1][0]);
		const announced = await alerts();
		assert.equal(announced.length, 1, 'one alert on the page');
		const alertText = await page.evaluate(() => document.querySelector('bk-me').shadowRoot.querySelector('bk-crisis-banner')
			.shadowRoot.querySelector('[role="alert"]').textContent);
		assert.match(alertText, /Strömavbrott i Rinkeby[\s\S]*Gå till samlingsplatsen/, 'the announcement holds the whole message');
		const regions = await page.evaluate(() => [...document.querySelectorAll('#host > *')].map((widget) => widget.shadowRoot
			.querySelector('bk-crisis-banner').shadowRoot.querySelectorAll('[role="alert"], [aria-live]').length));
		assert.deepEqual(regions, [1, 0, 0], 'only the first widget holds a live region');
		assert.equal(api.calls.filter((call) => call.path === 'crises/active').length, 2, 'one reading per page, not per widget');
		assert.equal(hub.open, 1, 'one socket for the page');
		const nested = await page.evaluate(async () => {
			const inner = document.createElement('bk-me');
			inner.token = 'token';
			document.querySelector('bk-notifications').shadowRoot.append(inner);
			await inner.updateComplete;
			return inner.shadowRoot.querySelectorAll('bk-crisis-banner').length;
		});
		assert.equal(nested, 0, 'a widget inside another widget leaves the banner to the outer one');
		await assertAxeClean('a crisis in three widgets');

		const focused = await tabTo(page, 'answer-button', 10);
		assert.equal(focused.text, 'Jag är i säkerhet');
		await page.keyboard.press('Enter');
		await waitForBanners((all) => all.every((shown) => shown.length === 0));
		assert.deepEqual(api.calls.filter((call) => call.method === 'POST').map(({ path, body }) => ({ path, body })),
			[{ path: `crises/${CRISIS}/confirmations`, body: { status: 'SAFE' } }]);
		const status = await focusedElement(page);
		assert.equal(status.text, 'Tack! Ditt svar ”Jag är i säkerhet” är skickat.', 'focus lands on the result, announced by role=status');
		assert.equal(status.part, 'status');
		await assertAxeClean('answered');
	});

	test('in English, in forced colours and at 320 CSS px: severity in words and by border, and an all-clear removes the banner from every widget', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.emulateMedia({ forcedColors: 'active' });
		api.active = [crisis({ severity: 'CRITICAL', confirmation: 'RECEIVED', exercise: false, title: 'Vattenläcka i stadsdelsförvaltningens huvudbyggnad',
			latestUpdate: 'Huvudingången är stängd.', updatedAt: '2026-12-05T10:30:00Z' })];
		await open(['bk-me', 'bk-crisis-banner'], 'en');
		const texts = await waitForBanners((all) => all.every((shown) => shown.length === 1));
		assert.match(texts[0][0], /^Crisis message – critical Vattenläcka i stadsdelsförvaltningens huvudbyggnad Gå till samlingsplatsen vid skolan\. Ta med mobilen\. Update 5 Dec 2026, 11:30: Huvudingången är stängd\. I have received this$/);
		assert.doesNotMatch(texts[0][0], /EXERCISE/);
		assert.equal(texts[1][0], 'Crisis message – critical Vattenläcka i stadsdelsförvaltningens huvudbyggnad I have received this');
		const frame = await page.evaluate(() => {
			const banner = document.querySelector('bk-me').shadowRoot.querySelector('bk-crisis-banner');
			const style = getComputedStyle(banner.shadowRoot.querySelector('[part~="crisis"]'));
			return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), color: style.borderTopColor, forced: matchMedia('(forced-colors: active)').matches };
		});
		assert.equal(frame.forced, true);
		assert.equal(frame.style, 'double', 'critical is told apart by its double border, not by colour alone');
		assert.ok(frame.width >= 2);
		assert.equal(await horizontalOverflow(page), 0);
		assert.equal((await alerts()).length, 1);
		await assertAxeClean('English, forced colours, 320 px');

		api.active = [];
		hub.publish('crises', 'crisis.all-clear', { crisisId: CRISIS });
		await waitForBanners((all) => all.every((shown) => shown.length === 0));
		await page.emulateMedia({ forcedColors: 'none' });
		await page.setViewportSize({ width: 1280, height: 720 });
	});

	test('opened from a link to a crisis message, the announcing banner scrolls to it and focuses it once, with the answer buttons next', async () => {
		await page.setViewportSize({ width: 320, height: 480 });
		api.active = [crisis({ id: 'e1000000-0000-4000-8000-0000000000aa', title: 'Ett annat krismeddelande' }), crisis()];
		api.calls.length = 0;
		await page.goto(`${server.url}/crisis.html?budkavle-crisis=${CRISIS}`);
		await page.evaluate(({ hub }) => {
			// Enough page above the widgets that the message is out of view until the banner brings it in.
			const intro = document.createElement('div');
			intro.style.height = '1500px';
			document.getElementById('host').before(intro);
			for (const tag of ['bk-me', 'bk-me']) {
				const element = document.createElement(tag);
				element.setAttribute('hub', hub);
				element.token = 'token';
				document.getElementById('host').append(element);
			}
		}, { hub: hub.url });
		await waitForBanners((all) => all.every((shown) => shown.length === 2));
		await page.waitForFunction((id) => {
			const banner = document.querySelector('bk-me').shadowRoot.querySelector('bk-crisis-banner');
			return banner.shadowRoot.activeElement?.dataset.crisisId === id;
		}, CRISIS);
		const inView = await page.evaluate(() => {
			const banner = document.querySelector('bk-me').shadowRoot.querySelector('bk-crisis-banner');
			const { top } = banner.shadowRoot.activeElement.getBoundingClientRect();
			// scrolled to its start: its top at the top of the viewport, give or take a subpixel
			return { ok: top > -1 && top < innerHeight / 2, top, scrollY };
		});
		assert.ok(inView.ok, `the linked message is scrolled into view: ${JSON.stringify(inView)}`);
		const outline = await focusedElement(page);
		assert.equal(outline.part, 'crisis');
		assert.equal(outline.outlineStyle, 'solid', 'its focus is visible');
		await assertAxeClean('a linked crisis message focused');

		await page.keyboard.press('Tab');
		const next = await focusedElement(page);
		assert.equal(next.text, 'Jag är i säkerhet', 'the answer comes next by keyboard');
		assert.equal(await page.evaluate(() => document.querySelectorAll('bk-me')[1].shadowRoot.querySelector('bk-crisis-banner')
			.shadowRoot.querySelectorAll('[tabindex="-1"][data-crisis-id]:focus').length), 0);
		api.active = [];
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
