import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi, unauthorized } from '../../test/support/api.mjs';

const ME = '**/api/v1/me';

/** GET /api/v1/me for an enhet manager who is also a communicator and HR person. */
const anna = Object.freeze({
	id: '3f1c2a7e-5b8d-4e0f-9a61-0c2d4b6e8f10',
	displayName: 'Anna Lindqvist',
	email: 'anna.lindqvist@budkavle.example',
	roles: ['communicator', 'hr'],
	units: [
		{ id: '8e2b7c1d-0a4f-4c3e-b5d6-7f8091a2b3c4', name: 'Förskolan Solrosen' },
		{ id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d', name: 'Arbetsgrupp Blå' },
	],
	manages: [{ id: '8e2b7c1d-0a4f-4c3e-b5d6-7f8091a2b3c4', name: 'Förskolan Solrosen' }],
	manager: { id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a', displayName: 'Karin Ek' },
});

/** GET /api/v1/me for an employee with no special role, no manager registered and no unit of their own to manage. */
const bertil = Object.freeze({
	id: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f',
	displayName: 'Bertil Ström',
	email: 'bertil.strom@budkavle.example',
	roles: [],
	units: [{ id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', name: 'Hemtjänst Norr' }],
	manages: [],
	manager: null,
});

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

/**
 * Opens the fixture page and adds a `<bk-me>` with the given attributes and token, optionally inside another
 * element's shadow root. `token`: {string} | {sync} | {async} | {global} (window.Budkavle.token).
 */
async function mount(page, { attributes = {}, token, htmlLang, inShadowRoot = false } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-me'));
	await page.evaluate(({ attributes, token, htmlLang, inShadowRoot }) => {
		if (htmlLang !== undefined) document.documentElement.lang = htmlLang;
		const element = document.createElement('bk-me');
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		if (token?.string) element.token = token.string;
		if (token?.sync) element.token = () => token.sync;
		if (token?.async) element.token = () => new Promise((resolve) => setTimeout(() => resolve(token.async), 20));
		if (token?.global) window.Budkavle = { token: async () => token.global };
		const host = document.getElementById('host');
		(inShadowRoot ? host.attachShadow({ mode: 'open' }) : host).append(element);
	}, { attributes, token, htmlLang, inShadowRoot });
}

/** The element focused now, looking into shadow roots. */
function focusedElement(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		const style = getComputedStyle(active);
		return {
			tag: active.localName,
			part: active.getAttribute('part'),
			text: active.textContent.trim(),
			outlineStyle: style.outlineStyle,
			outlineWidth: parseFloat(style.outlineWidth),
			outlineColor: style.outlineColor,
		};
	});
}

function retryButton(page) {
	return page.getByRole('button', { name: 'Försök igen' });
}

describe('bk-me', () => {
	test('has no WCAG 2.1 AA violations while loading, when loaded and when failed', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveApi(page, ME, async (request, call) => (call === 1 ? (await answer.promise, json(anna))
			: problem(403, 'unknown-person', 'Unknown person', 'No person in the organisation matches the token')));
		await mount(page, { token: { string: 'token' } });

		await page.getByRole('status').getByText('Hämtar dina uppgifter…').waitFor();
		assert.deepEqual(await axeViolations(page), [], 'while loading');

		answer.resolve();
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		const loaded = await axeViolations(page);
		assert.equal(loaded.length, 0, formatViolations(loaded));

		await page.evaluate(() => document.querySelector('bk-me').refresh());
		await page.getByRole('alert').waitFor();
		const failed = await axeViolations(page);
		assert.equal(failed.length, 0, formatViolations(failed));
	});

	test('shows name, e-mail, units, managed units, manager and roles in Swedish', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { string: 'token' } });

		await page.getByRole('heading', { level: 2, name: 'Inloggad som Anna Lindqvist' }).waitFor();
		const mail = page.getByRole('link', { name: 'anna.lindqvist@budkavle.example' });
		assert.equal(await mail.getAttribute('href'), 'mailto:anna.lindqvist@budkavle.example');
		const units = page.getByRole('region', { name: 'Mina enheter' }).getByRole('listitem');
		assert.deepEqual(await units.allTextContents(), ['Förskolan Solrosen', 'Arbetsgrupp Blå']);
		const manages = page.getByRole('region', { name: 'Enheter jag är chef för' }).getByRole('listitem');
		assert.deepEqual(await manages.allTextContents(), ['Förskolan Solrosen']);
		assert.equal((await page.getByRole('region', { name: 'Min chef' }).textContent()).includes('Karin Ek'), true);
		const roles = page.getByRole('region', { name: 'Mina roller' }).getByRole('listitem');
		assert.deepEqual(await roles.allTextContents(), ['Kommunikatör', 'HR']);
		assert.equal(await page.getByRole('heading', { level: 3 }).count(), 4);
	});

	test('says where a role holds: for a unit with its subunits, or for the whole organisation', async () => {
		const page = await newPage();
		const scoped = {
			...anna,
			roles: ['communicator', 'hr'],
			scopes: [
				{ role: 'hr', unitId: null, unitName: null },
				{ role: 'communicator', unitId: 'b3a3c5f0-0000-4000-8000-000000000001', unitName: 'Hägersten-Älvsjö stadsdelsförvaltning' },
			],
		};
		await serveApi(page, ME, () => json(scoped));
		await mount(page, { token: { string: 'token' } });
		const roles = page.getByRole('region', { name: 'Mina roller' }).getByRole('listitem');
		await roles.first().waitFor();
		assert.deepEqual(await roles.allTextContents(),
			['HR', 'Kommunikatör för Hägersten-Älvsjö stadsdelsförvaltning med underenheter']);
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('says when there is no manager and leaves out managed units for someone who manages none', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => json(bertil));
		await mount(page, { token: { string: 'token' } });

		const manager = page.getByRole('region', { name: 'Min chef' });
		await manager.waitFor();
		assert.match(await manager.textContent(), /Ingen chef är registrerad för dig\./);
		assert.equal(await page.getByRole('region', { name: 'Enheter jag är chef för' }).count(), 0);
		assert.match(await page.getByRole('region', { name: 'Mina roller' }).textContent(), /Inga särskilda roller\./);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { string: 'token' }, attributes: { lang: 'en' } });

		await page.getByRole('heading', { name: 'Signed in as Anna Lindqvist' }).waitFor();
		const units = page.getByRole('region', { name: 'My units' }).getByRole('listitem');
		assert.deepEqual(await units.allTextContents(), ['Förskolan Solrosen', 'Arbetsgrupp Blå']);
		assert.equal(await page.getByRole('region', { name: 'Units I manage' }).count(), 1);
		assert.match(await page.getByRole('region', { name: 'My manager' }).textContent(), /Karin Ek/);
		const roles = page.getByRole('region', { name: 'My roles' }).getByRole('listitem');
		assert.deepEqual(await roles.allTextContents(), ['Communicator', 'HR']);
	});

	test('takes its language from the nearest lang attribute and follows when it changes', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => json(bertil));
		await mount(page, { token: { string: 'token' }, htmlLang: 'en-GB' });

		await page.getByRole('region', { name: 'My manager' }).getByText('No manager is registered for you.').waitFor();
		await page.evaluate(() => {
			document.documentElement.lang = 'sv-SE';
		});
		await page.getByRole('region', { name: 'Min chef' }).getByText('Ingen chef är registrerad för dig.').waitFor();
		assert.equal(await page.locator('bk-me .base').getAttribute('lang'), 'sv');
	});

	test('puts the name at the configured heading level and the sections one below', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { string: 'token' }, attributes: { 'heading-level': '3' } });

		await page.getByRole('heading', { level: 3, name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.equal(await page.getByRole('heading', { level: 4 }).count(), 4);
		assert.equal(await page.getByRole('heading', { level: 2 }).count(), 0);
	});

	test('announces loading through role=status', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveApi(page, ME, async () => (await answer.promise, json(anna)));
		await mount(page, { token: { string: 'token' } });

		const status = page.getByRole('status');
		await status.getByText('Hämtar dina uppgifter…').waitFor();
		assert.equal(await page.locator('bk-me .base').getAttribute('aria-busy'), 'true');
		answer.resolve();
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.equal((await status.textContent()).trim(), '');
		assert.equal(await page.locator('bk-me .base').getAttribute('aria-busy'), 'false');
	});

	test('sends the string token as a bearer token to the same origin by default', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { string: 'plain-token' } });

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls, [{ url: `${server.url}/api/v1/me`, method: 'GET', authorization: 'Bearer plain-token' }]);
	});

	test('uses a synchronous token callback', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { sync: 'sync-token' } });

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls.map((call) => call.authorization), ['Bearer sync-token']);
	});

	test('uses an asynchronous token callback', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { async: 'async-token' } });

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls.map((call) => call.authorization), ['Bearer async-token']);
	});

	test('falls back to window.Budkavle.token when its own token is not set', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, () => json(anna));
		await mount(page, { token: { global: 'global-token' } });

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls.map((call) => call.authorization), ['Bearer global-token']);
	});

	test('keeps a token the page set before the element was upgraded', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, () => json(anna));
		await page.goto(`${server.url}/preset-token.html`);

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls.map((call) => call.authorization), ['Bearer preset-token']);
	});

	test('calls the hub named by the hub attribute', async () => {
		const page = await newPage();
		const calls = await serveApi(page, 'https://hub.budkavle.test/api/v1/me', () => json(anna));
		await mount(page, { token: { string: 'token' }, attributes: { hub: 'https://hub.budkavle.test/' } });

		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.deepEqual(calls.filter((call) => call.method === 'GET').map((call) => call.url), ['https://hub.budkavle.test/api/v1/me']);
	});

	test('reloads with the new token when token is set', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, (request) => json(request.headers().authorization === 'Bearer for-bertil' ? bertil : anna));
		await mount(page, { token: { string: 'for-anna' } });
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();

		await page.evaluate(() => {
			document.querySelector('bk-me').token = async () => 'for-bertil';
		});
		await page.getByRole('heading', { name: 'Inloggad som Bertil Ström' }).waitFor();
		assert.deepEqual(calls.map((call) => call.authorization), ['Bearer for-anna', 'Bearer for-bertil']);
	});

	test('reloads when refresh() is called and resolves once the new data shows', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, (request, call) => json(call === 1 ? anna : { ...anna, displayName: 'Anna Lindqvist Ek' }));
		await mount(page, { token: { string: 'token' } });
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();

		const heading = await page.evaluate(async () => {
			const element = document.querySelector('bk-me');
			await element.refresh();
			return element.shadowRoot.querySelector('.name').textContent.trim();
		});
		assert.equal(heading, 'Inloggad som Anna Lindqvist Ek');
		assert.equal(calls.length, 2);
	});

	test('fires a bubbling, composed bk-token-expired on 401 and says the sign-in has expired', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => unauthorized());
		await page.addInitScript(() => {
			window.expired = [];
			document.addEventListener('bk-token-expired', (event) => window.expired.push({
				bubbles: event.bubbles, composed: event.composed, target: event.target.id, detail: event.detail,
			}));
		});
		await mount(page, { token: { string: 'old-token' }, inShadowRoot: true });

		const alert = page.getByRole('alert');
		await alert.waitFor();
		assert.match(await alert.textContent(), /Din inloggning har gått ut\./);
		const expired = await page.evaluate(() => window.expired);
		assert.deepEqual(expired, [{ bubbles: true, composed: true, target: 'host', detail: { status: 401, type: 'about:blank' } }]);
	});

	test('tells a person who is not in the organisation so in an alert, without asking for a new token', async () => {
		const page = await newPage();
		await serveApi(page, ME, () => problem(403, 'unknown-person', 'Unknown person', 'No person in the organisation matches the token'));
		await page.addInitScript(() => {
			window.expired = 0;
			document.addEventListener('bk-token-expired', () => window.expired++);
		});
		await mount(page, { token: { string: 'token' } });

		const alert = page.getByRole('alert');
		await alert.waitFor();
		assert.match(await alert.textContent(), /Du finns inte i organisationen i Budkavle\./);
		assert.equal(await page.evaluate(() => window.expired), 0);
		await page.evaluate(() => document.querySelector('bk-me').setAttribute('lang', 'en'));
		await alert.getByText('You are not in the organisation in Budkavle.', { exact: false }).waitFor();
	});

	test('lets a keyboard user reach the retry button with Tab, see its focus and retry with Enter and Space', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ME, (request, call) => (call < 3 ? problem(503, 'about:blank', 'Service Unavailable', 'Try later') : json(anna)));
		await mount(page, { token: { string: 'token' } });
		await retryButton(page).waitFor();

		await page.keyboard.press('Tab');
		let focused = await focusedElement(page);
		assert.equal(focused.part, 'retry-button');
		assert.equal(focused.outlineStyle, 'solid');
		assert.ok(focused.outlineWidth >= 2, `focus outline is ${focused.outlineWidth}px`);
		assert.notEqual(focused.outlineColor, 'rgba(0, 0, 0, 0)');

		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('bk-me').state.status === 'error' && document.querySelector('bk-me').shadowRoot.activeElement);
		assert.equal(calls.length, 2);
		focused = await focusedElement(page);
		assert.equal(focused.part, 'retry-button', 'focus returns to the retry button after another failure');

		await page.keyboard.press('Space');
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();
		assert.equal(calls.length, 3);
		assert.equal((await focusedElement(page)).part, 'name', 'focus moves to the loaded content');
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		const longest = {
			...anna,
			displayName: 'Maria-Kristina Johansson-Bergströmsdotter af Lindqvist-Åkerlund',
			email: 'maria-kristina.johansson-bergstromsdotter.lindqvist-akerlund@stadsdelsforvaltningen.budkavle.example',
			units: [{ id: anna.units[0].id, name: 'Individ- och familjeomsorgsavdelningensmottagningsenhet för vuxna' }],
		};
		await serveApi(page, ME, (request, call) => (call === 1 ? json(longest) : problem(500, 'about:blank', 'Internal Server Error', '')));
		await mount(page, { token: { string: 'token' } });
		await page.getByRole('heading', { name: /Maria-Kristina/ }).waitFor();

		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(await overflow(), 0, 'loaded');
		await page.evaluate(() => document.querySelector('bk-me').refresh());
		await retryButton(page).waitFor();
		assert.equal(await overflow(), 0, 'failed');
	});

	test('keeps text, button edges and focus visible in forced-colors mode', async () => {
		const page = await newPage();
		await page.emulateMedia({ forcedColors: 'active' });
		await serveApi(page, ME, (request, call) => (call === 1 ? json(anna) : problem(500, 'about:blank', 'Internal Server Error', '')));
		await mount(page, { token: { string: 'token' } });
		await page.getByRole('heading', { name: 'Inloggad som Anna Lindqvist' }).waitFor();

		const visibility = (selector) => page.evaluate((selector) => {
			const element = document.querySelector('bk-me').shadowRoot.querySelector(selector);
			const style = getComputedStyle(element);
			let background = 'rgba(0, 0, 0, 0)';
			for (let node = element; node && background === 'rgba(0, 0, 0, 0)'; node = node.parentElement ?? node.getRootNode().host) {
				background = getComputedStyle(node).backgroundColor;
			}
			return { color: style.color, background, border: `${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}` };
		}, selector);
		for (const selector of ['.name', '[part~="item"]', '[part~="manager-name"]', '.email a']) {
			const { color, background } = await visibility(selector);
			assert.notEqual(color, background, `${selector} must stay readable`);
		}

		await page.evaluate(() => document.querySelector('bk-me').refresh());
		await retryButton(page).waitFor();
		const message = await visibility('.alert-message');
		assert.notEqual(message.color, message.background);
		const button = await visibility('.retry');
		assert.notEqual(button.color, button.background);
		assert.match(button.border, /^solid [1-9]/, 'the button keeps a visible edge');
		assert.doesNotMatch(button.border, /rgba\(0, 0, 0, 0\)|transparent/);
		await page.keyboard.press('Tab');
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'retry-button');
		assert.equal(focused.outlineStyle, 'solid', 'focus stays visible: an outline, not a box-shadow');
	});

	test('stops the loading animation when reduced motion is preferred', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveApi(page, ME, async () => (await answer.promise, json(anna)));
		await mount(page, { token: { string: 'token' } });
		const spinner = page.locator('bk-me .spinner');
		await spinner.waitFor();

		assert.equal(await spinner.evaluate((element) => getComputedStyle(element).animationName), 'bk-spin');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		assert.equal(await spinner.evaluate((element) => getComputedStyle(element).animationName), 'none');
		answer.resolve();
	});
});
