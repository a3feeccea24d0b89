import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi } from '../../test/support/api.mjs';

const ID = '6c0f3a52-8d1e-4b7a-9f2c-3e4d5a6b7c8d';
const POST = `**/api/v1/posts/${ID}`;
const ACKNOWLEDGEMENT = `**/api/v1/posts/${ID}/acknowledgement`;

/** GET /api/v1/posts/{id} for an employee in the audience of an important post that asks for acknowledgement. */
const post = Object.freeze({
	id: ID,
	version: 1,
	title: 'Nya rutiner för nyckelhantering',
	html: '<p>Från och med <strong>måndag</strong> hämtas nycklarna i receptionen.</p><ul><li>Kvittera nyckeln</li>'
		+ '<li>Lämna tillbaka den samma dag</li></ul><p>Läs mer på <a href="https://intranat.example.se/nycklar">intranätet</a>.</p>',
	excerpt: 'Från och med måndag hämtas nycklarna i receptionen.',
	priority: 'IMPORTANT',
	language: 'sv',
	commentsEnabled: true,
	status: 'PUBLISHED',
	publishAt: '2026-11-20T08:30:00Z',
	publishedAt: '2026-11-20T08:30:00Z',
	expiresAt: null,
	author: { id: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9', displayName: 'Maria Holm', jobTitle: 'Enhetschef' },
	targets: [{ unitId: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d', name: 'Hemtjänst Syd', includeSubunits: true }],
	audienceSize: 12,
	acknowledgement: { required: true, deadline: '2026-12-01T16:00:00Z', acknowledgedAt: null },
	read: true,
	commentCount: 0,
	permissions: { edit: false, withdraw: false, viewRevisions: false, viewAcknowledgements: false, moderate: false },
	withdrawal: null,
});

const withdrawn = Object.freeze({
	...post,
	status: 'WITHDRAWN',
	withdrawal: { at: '2026-11-21T10:00:00Z', by: { id: post.author.id, displayName: 'Maria Holm' }, reason: 'Fel datum' },
});

/** Hostile HTML a broken server might let through; each payload sets window.__pwned if it ever runs. */
const HOSTILE = [
	'<script>window.__pwned = "script"</script>',
	'<img src="/no-such-image.png" onerror="window.__pwned = \'img\'">',
	'<a id="js-link" href="javascript:window.__pwned = \'link\'">klicka här</a>',
	'<a id="tab-link" href="jav&#x09;ascript:window.__pwned = \'tab\'">och här</a>',
	'<svg><script>window.__pwned = "svg"</script></svg><svg onload="window.__pwned = \'svg-onload\'"></svg>',
	'<iframe srcdoc="<script>parent.__pwned = \'iframe\'</script>"></iframe>',
	'<details open ontoggle="window.__pwned = \'details\'"><summary>x</summary></details>',
	'<form><button formaction="javascript:window.__pwned = \'form\'">Skicka</button></form>',
	'<object data="javascript:window.__pwned = \'object\'"></object>',
	'<p onmouseover="window.__pwned = \'p\'" style="background:url(javascript:alert(1))">Vanlig text</p>',
	'<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned = \'mxss\'">',
].join('\n');

let server;
let browser;
let filePage;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	filePage = pagePerFile(browser, { timezoneId: 'Europe/Stockholm' });
});

after(async () => {
	await filePage?.close();
	await browser?.close();
	await server?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

async function mount(page, { attributes = { post: ID }, token = 'token' } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-post'));
	await page.evaluate(({ attributes, token }) => {
		const element = document.createElement('bk-post');
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		element.token = async () => token;
		document.getElementById('host').append(element);
	}, { attributes, token });
}

function focusedElement(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		const style = getComputedStyle(active);
		return { tag: active.localName, part: active.getAttribute('part'), text: active.textContent.trim(), outlineStyle: style.outlineStyle };
	});
}

async function assertNoAxeViolations(page, when) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${when}: ${formatViolations(violations)}`);
}

describe('bk-post', () => {
	test('has no WCAG 2.1 AA violations while loading, loaded, acknowledged, withdrawn and not found', async () => {
		const page = await newPage();
		const answer = deferred();
		let current = post;
		await serveApi(page, POST, async (request, call) => (call === 1 ? (await answer.promise, json(current))
			: (current ? json(current) : problem(404, 'post-not-found', 'Post not found', 'No such post'))));
		await serveApi(page, ACKNOWLEDGEMENT, () => json({ acknowledgedAt: '2026-11-22T07:15:00Z' }));
		await mount(page);

		await page.getByRole('status').getByText('Hämtar nyheten…').waitFor();
		await assertNoAxeViolations(page, 'loading');
		answer.resolve();
		await page.getByRole('button', { name: 'Jag har läst' }).waitFor();
		await assertNoAxeViolations(page, 'loaded');
		await page.getByRole('button', { name: 'Jag har läst' }).click();
		await page.getByText('Du kvitterade att du har läst nyheten').waitFor();
		await assertNoAxeViolations(page, 'acknowledged');
		current = withdrawn;
		await page.evaluate(() => document.querySelector('bk-post').refresh());
		await page.getByText('Den här nyheten är återkallad.').waitFor();
		await assertNoAxeViolations(page, 'withdrawn');
		current = undefined;
		await page.evaluate(() => document.querySelector('bk-post').refresh());
		await page.getByRole('alert').waitFor();
		await assertNoAxeViolations(page, 'not found');
	});

	test('shows title, priority, author, units, date and the rendered body', async () => {
		const page = await newPage();
		const calls = await serveApi(page, POST, () => json(post));
		await mount(page, { token: 'employee-token' });

		await page.getByRole('heading', { level: 2, name: 'Nya rutiner för nyckelhantering' }).waitFor();
		const element = page.locator('bk-post');
		assert.equal(await element.locator('[part~="priority"]').textContent(), 'Viktigt');
		assert.match(await element.locator('[part~="author"]').textContent(), /Maria Holm, Enhetschef/);
		assert.equal(await element.locator('[part~="units"]').textContent(), 'Hemtjänst Syd');
		assert.equal(await element.locator('[part~="date"]').textContent(), '20 november 2026 kl. 09:30');
		assert.deepEqual(await element.locator('[part~="content"] li').allTextContents(), ['Kvittera nyckeln', 'Lämna tillbaka den samma dag']);
		assert.equal(await page.getByRole('link', { name: 'intranätet' }).getAttribute('href'), 'https://intranat.example.se/nycklar');
		assert.match(await element.locator('[part~="deadline"]').textContent(), /Kvittera senast 1 december 2026 kl\. 17:00/);
		assert.deepEqual(calls, [{ url: `${server.url}/api/v1/posts/${ID}`, method: 'GET', authorization: 'Bearer employee-token' }]);
	});

	test('acknowledges with the keyboard alone, announces it in role=status and fires bk-acknowledged', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json(post));
		const puts = await serveApi(page, ACKNOWLEDGEMENT, () => json({ acknowledgedAt: '2026-11-22T07:15:00Z' }));
		await page.addInitScript(() => {
			window.acknowledged = [];
			document.addEventListener('bk-acknowledged', (event) => window.acknowledged.push({
				bubbles: event.bubbles, composed: event.composed, detail: event.detail,
			}));
		});
		await mount(page);
		await page.getByRole('button', { name: 'Jag har läst' }).waitFor();

		let focused;
		for (let presses = 0; presses < 10; presses++) {
			await page.keyboard.press('Tab');
			focused = await focusedElement(page);
			if (focused.part === 'acknowledge-button') break;
		}
		assert.equal(focused.part, 'acknowledge-button', 'the button is reachable with Tab');
		assert.equal(focused.outlineStyle, 'solid', 'focus is visible');
		await page.keyboard.press('Enter');

		await page.getByRole('status').getByText('Tack! Din kvittens är registrerad.').waitFor();
		assert.match(await page.locator('bk-post [part~="acknowledged"]').textContent(), /22 november 2026 kl\. 08:15/);
		assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 0);
		assert.equal((await focusedElement(page)).part, 'acknowledged', 'focus moves to the confirmation, not to the page');
		assert.deepEqual(puts.map((call) => [call.method, call.authorization]), [['PUT', 'Bearer token']]);
		assert.deepEqual(await page.evaluate(() => window.acknowledged), [
			{ bubbles: true, composed: true, detail: { postId: ID, acknowledgedAt: '2026-11-22T07:15:00Z' } },
		]);
	});

	test('shows an already acknowledged post without the button', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json({ ...post, acknowledgement: { ...post.acknowledgement, acknowledgedAt: '2026-11-20T12:00:00Z' } }));
		await mount(page);

		await page.getByText('Du kvitterade att du har läst nyheten 20 november 2026 kl. 13:00.').waitFor();
		assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 0);
	});

	test('says when the post does not ask for acknowledgement after all (409) and keeps the button', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json(post));
		await serveApi(page, ACKNOWLEDGEMENT, () => problem(409, 'acknowledgement-not-requested', 'Not requested', 'No'));
		await mount(page);

		await page.getByRole('button', { name: 'Jag har läst' }).click();
		await page.getByRole('alert').getByText('Den här nyheten behöver ingen kvittens.').waitFor();
		assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 1);
	});

	test('tells a person outside the audience that the post does not exist or is not theirs (404)', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => problem(404, 'post-not-found', 'Post not found', 'No post ' + ID));
		await mount(page);

		await page.getByRole('alert').getByText('Nyheten finns inte eller så har du inte behörighet att läsa den.').waitFor();
		assert.equal(await page.getByRole('heading').filter({ hasText: 'nyckelhantering' }).count(), 0);
	});

	test('explains a 403 as missing permission', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => problem(403, 'forbidden', 'Forbidden', 'No'));
		await mount(page);

		await page.getByRole('alert').getByText('Du har inte behörighet att se det här.').waitFor();
	});

	test('shows a withdrawn post as withdrawn, with who, when and why, and no acknowledgement button', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json(withdrawn));
		await mount(page);

		const notice = page.locator('bk-post [part~="withdrawal"]');
		await notice.waitFor();
		assert.match(await notice.textContent(), /Den här nyheten är återkallad\.[\s\S]*Återkallad av Maria Holm 21 november 2026 kl\. 11:00\.[\s\S]*Anledning: Fel datum/);
		assert.equal(await page.getByRole('button', { name: 'Jag har läst' }).count(), 0);
	});

	test('never runs script from the post body, even when the server lets hostile HTML through', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json({ ...post, html: HOSTILE }));
		await mount(page);

		await page.getByText('Vanlig text').waitFor();
		const content = page.locator('bk-post [part~="content"]');
		const report = await content.evaluate((element) => ({
			elements: [...element.querySelectorAll('*')].map((node) => node.localName),
			handlers: [...element.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.name)).filter((name) => /^on|style|formaction|srcdoc/i.test(name)),
			hrefs: [...element.querySelectorAll('[href], [src], [data]')].map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? node.getAttribute('data')),
		}));
		assert.deepEqual(report.handlers, []);
		for (const forbidden of ['script', 'svg', 'iframe', 'form', 'button', 'object', 'math', 'style', 'details']) {
			assert.ok(!report.elements.includes(forbidden), `${forbidden} must not be rendered`);
		}
		assert.ok(report.hrefs.every((url) => !/script:/i.test(url.replace(/\s/g, ''))), report.hrefs.join(', '));
		// Links that had a javascript: address are inert text now; clicking one does nothing.
		await content.getByText('klicka här').click();
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		assert.equal(await page.evaluate(() => window.__pwned), undefined);
	});

	test('the hostile HTML of the XSS test does run when inserted unprotected, so the test can tell', async () => {
		const page = await newPage();
		await page.goto(`${server.url}/`);
		await page.evaluate((hostile) => {
			document.getElementById('host').innerHTML = hostile;
		}, HOSTILE);
		await page.waitForFunction(() => window.__pwned !== undefined);
	});

	test('fits a 320 px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveApi(page, POST, () => json({
			...post,
			title: 'Informationsöverföringsrutinerna för kvalitetsledningssystemet uppdateras',
			html: `${post.html}<p>https://intranat.example.se/en/mycket/lang/adress/som/inte/bryts/av/sig/sjalv/alls</p>`
				+ '<table><tr><td>kolumn ett</td><td>kolumn två</td><td>kolumn tre</td><td>kolumn fyra</td><td>kolumn fem</td></tr></table>',
		}));
		await mount(page);
		await page.getByRole('button', { name: 'Jag har läst' }).waitFor();

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveApi(page, POST, () => json(post));
		await mount(page, { attributes: { post: ID, lang: 'en' } });

		await page.getByRole('button', { name: 'I have read this' }).waitFor();
		assert.equal(await page.locator('bk-post [part~="priority"]').textContent(), 'Important');
		assert.match(await page.locator('bk-post [part~="date"]').textContent(), /20 November 2026/);
	});

	test('loads another post when the post attribute changes', async () => {
		const page = await newPage();
		const other = { ...post, id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', title: 'Julfest på fredag' };
		await serveApi(page, POST, () => json(post));
		await serveApi(page, `**/api/v1/posts/${other.id}`, () => json(other));
		await mount(page);
		await page.getByRole('heading', { name: 'Nya rutiner för nyckelhantering' }).waitFor();

		await page.evaluate((id) => document.querySelector('bk-post').setAttribute('post', id), other.id);
		await page.getByRole('heading', { name: 'Julfest på fredag' }).waitFor();
	});

	test('without a post attribute shows the post the page\'s address links to and focuses its title, also under another parameter name', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		const calls = await serveApi(page, POST, () => json(post));
		await page.goto(`${server.url}/?budkavle-post=${ID}`);
		await page.evaluate(() => customElements.whenDefined('bk-post'));
		await page.evaluate(() => {
			const element = document.createElement('bk-post');
			element.token = 'token';
			document.getElementById('host').append(element);
		});

		await page.getByRole('heading', { name: 'Nya rutiner för nyckelhantering' }).waitFor();
		await page.waitForFunction(() => document.querySelector('bk-post').shadowRoot.activeElement?.id === 'title');
		assert.equal(calls.length, 1);
		assert.equal((await focusedElement(page)).text, 'Nya rutiner för nyckelhantering');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal((await focusedElement(page)).part, 'acknowledge-button', 'from the title the keyboard reaches "Jag har läst"');
		await assertNoAxeViolations(page, 'opened from a link');
		assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);

		await page.goto(`${server.url}/?nyhet=${ID}`);
		await page.evaluate(() => customElements.whenDefined('bk-post'));
		await page.evaluate(() => {
			const element = document.createElement('bk-post');
			element.setAttribute('link-parameter', 'nyhet');
			element.token = 'token';
			document.getElementById('host').append(element);
		});
		await page.getByRole('heading', { name: 'Nya rutiner för nyckelhantering' }).waitFor();
		assert.equal(calls.length, 2);
	});
});
