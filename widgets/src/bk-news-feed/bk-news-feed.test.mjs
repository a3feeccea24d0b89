import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi, unauthorized } from '../../test/support/api.mjs';
import { colours, focusOnText, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const FEED = /\/api\/v1\/feed(\?|$)/;

const maria = { id: 'a0000000-0000-4000-8000-000000000001', displayName: 'Maria Holm', jobTitle: 'Enhetschef' };

function post(number, overrides = {}) {
	return {
		id: `p0000000-0000-4000-8000-00000000000${number}`,
		title: `Nyhet ${number}`,
		excerpt: `Kort om nyhet ${number}.`,
		author: maria,
		units: ['Hemtjänst Syd'],
		publishedAt: `2026-11-2${number}T09:00:00Z`,
		priority: 'NORMAL',
		acknowledgement: { required: false, deadline: null, acknowledgedAt: null },
		read: true,
		commentCount: 0,
		...overrides,
	};
}

const important = post(1, {
	title: 'Nya rutiner för nyckelhantering',
	excerpt: 'Från måndag gäller nya rutiner för nycklar till brukarnas bostäder.',
	priority: 'IMPORTANT',
	read: false,
	acknowledgement: { required: true, deadline: '2026-12-24T12:00:00Z', acknowledgedAt: null },
	commentCount: 2,
});
const acknowledged = post(2, {
	title: 'Julbord den 12 december',
	units: ['Hemtjänst Syd', 'Hemtjänst Norr'],
	acknowledgement: { required: true, deadline: '2026-12-01T12:00:00Z', acknowledgedAt: '2026-11-28T08:30:00Z' },
});
const plain = post(3, { title: 'Ny kaffemaskin' });
const firstPage = { items: [important, acknowledged, plain], next: 'cursor-1' };
const secondPage = { items: [post(4, { title: 'Friskvårdstimmen' }), post(5, { title: 'Sommarschema' })], next: null };

/** Answers the feed with the first page, then the second when asked with after=cursor-1. */
function pages(request) {
	return json(new URL(request.url()).searchParams.get('after') === 'cursor-1' ? secondPage : firstPage);
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

const mount = (page, options) => mountElement(page, `${server.url}/`, 'bk-news-feed', options);
const feed = (page) => page.locator('bk-news-feed');
const items = (page) => feed(page).getByRole('listitem');

describe('bk-news-feed', () => {
	test('has no WCAG 2.1 AA violations while loading, loaded, empty, failed and when paging fails', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveApi(page, FEED, async (request, call) => {
			if (call === 1) return (await answer.promise, json(firstPage));
			if (call === 2) return problem(500, 'about:blank', 'Internal Server Error', '');
			if (call === 3) return json(firstPage);
			if (call === 4) return problem(503, 'about:blank', 'Service Unavailable', '');
			return json({ items: [], next: null });
		});
		await mount(page);

		await feed(page).getByRole('status').getByText('Hämtar nyheter…').waitFor();
		let violations = await axeViolations(page);
		assert.equal(violations.length, 0, `loading: ${formatViolations(violations)}`);

		answer.resolve();
		await feed(page).getByRole('heading', { name: 'Nya rutiner för nyckelhantering' }).waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, `loaded: ${formatViolations(violations)}`);

		await page.evaluate(() => document.querySelector('bk-news-feed').refresh());
		await feed(page).getByRole('alert').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, `failed: ${formatViolations(violations)}`);

		await page.evaluate(() => document.querySelector('bk-news-feed').refresh());
		await feed(page).getByRole('button', { name: 'Visa fler' }).click();
		await feed(page).getByRole('alert').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, `paging failed: ${formatViolations(violations)}`);

		await page.evaluate(() => document.querySelector('bk-news-feed').refresh());
		await feed(page).getByText('Det finns inga nyheter till dig just nu.').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, `empty: ${formatViolations(violations)}`);
	});

	test('shows title, excerpt, author, units, date, importance, unread and acknowledgement state in words', async () => {
		const page = await newPage();
		const calls = await serveApi(page, FEED, pages);
		await mount(page);

		const first = items(page).nth(0);
		await first.getByRole('heading', { level: 3, name: 'Nya rutiner för nyckelhantering' }).waitFor();
		const text = await first.textContent();
		for (const expected of ['Viktigt', 'Oläst', 'Från måndag gäller nya rutiner', 'Maria Holm, Enhetschef',
			'Till: Hemtjänst Syd', '2 kommentarer']) {
			assert.ok(text.includes(expected), `"${expected}" in ${text}`);
		}
		assert.match(text, /21 nov\. 2026/);
		assert.match(text, /Kvittera senast 24 dec\. 2026 13:00/, 'the deadline in Stockholm time');
		assert.equal(await first.locator('time').getAttribute('datetime'), '2026-11-21T09:00:00Z');

		const second = await items(page).nth(1).textContent();
		assert.match(second, /Kvitterad 28 nov\. 2026/);
		assert.ok(second.includes('Till: Hemtjänst Syd, Hemtjänst Norr'));
		assert.ok(!second.includes('Oläst') && !second.includes('Viktigt'));
		const third = await items(page).nth(2).textContent();
		assert.ok(!/Kvitter/.test(third), 'no acknowledgement text when none is asked for');
		assert.equal(await items(page).count(), 3);
		assert.equal(new URL(calls[0].url).search, '?limit=20');
		assert.equal(calls[0].authorization, 'Bearer token');
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveApi(page, FEED, pages);
		await mount(page, { attributes: { lang: 'en' } });

		const first = items(page).nth(0);
		await first.getByRole('heading', { name: 'Nya rutiner för nyckelhantering' }).waitFor();
		const text = await first.textContent();
		for (const expected of ['Important', 'Unread', 'To: Hemtjänst Syd', '2 comments']) {
			assert.ok(text.includes(expected), `"${expected}" in ${text}`);
		}
		assert.match(text, /Acknowledge by 24 Dec 2026, 13:00/);
		assert.match(await items(page).nth(1).textContent(), /Acknowledged 28 Nov 2026/);
		await feed(page).getByRole('button', { name: 'Show more' }).waitFor();
	});

	test('pages on with "Visa fler" using the cursor, by keyboard, and moves focus to the first new post', async () => {
		const page = await newPage();
		const calls = await serveApi(page, FEED, pages);
		await mount(page);
		await items(page).nth(2).waitFor();

		const more = await tabTo(page, 'more-button');
		assert.equal(more.text, 'Visa fler');
		assert.equal(more.outlineStyle, 'solid');
		assert.ok(more.outlineWidth >= 2);
		await page.keyboard.press('Enter');
		await items(page).nth(4).waitFor();

		assert.equal(new URL(calls[1].url).searchParams.get('after'), 'cursor-1');
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'title-link');
		assert.equal(focused.text, 'Friskvårdstimmen');
		assert.equal(await feed(page).getByRole('status').textContent(), '2 nyheter till visas.');
		assert.equal(await feed(page).getByRole('button', { name: 'Visa fler' }).count(), 0, 'no more pages');
	});

	test('fires a bubbling, composed bk-open-post with the id when a post is chosen with the keyboard', async () => {
		const page = await newPage();
		await serveApi(page, FEED, pages);
		await page.addInitScript(() => {
			window.opened = [];
			document.addEventListener('bk-open-post', (event) => window.opened.push({
				bubbles: event.bubbles, composed: event.composed, detail: event.detail,
			}));
		});
		await mount(page);
		await items(page).nth(0).waitFor();

		const focused = await tabTo(page, 'title-link');
		assert.equal(focused.tag, 'button');
		assert.equal(focused.text, 'Nya rutiner för nyckelhantering');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		assert.deepEqual(await page.evaluate(() => window.opened), [
			{ bubbles: true, composed: true, detail: { id: important.id } },
			{ bubbles: true, composed: true, detail: { id: acknowledged.id } },
		]);
	});

	test('renders real links from the post-link template', async () => {
		const page = await newPage();
		await serveApi(page, FEED, pages);
		await mount(page, { attributes: { 'post-link': '/nyheter?post={id}' } });

		const link = feed(page).getByRole('link', { name: 'Nya rutiner för nyckelhantering' });
		await link.waitFor();
		assert.equal(await link.getAttribute('href'), `/nyheter?post=${important.id}`);
		assert.equal(await feed(page).getByRole('button', { name: 'Nya rutiner för nyckelhantering' }).count(), 0);
	});

	test('says so when there is no news', async () => {
		const page = await newPage();
		await serveApi(page, FEED, () => json({ items: [], next: null }));
		await mount(page);

		await feed(page).getByText('Det finns inga nyheter till dig just nu.').waitFor();
		assert.equal(await feed(page).getByRole('button').count(), 0);
	});

	test('asks for a new sign-in on 401 and explains 403 and network failures, each with a retry', async () => {
		const page = await newPage();
		let call = 0;
		await page.route(FEED, async (route) => {
			call++;
			if (call === 1) return route.fulfill(unauthorized());
			if (call === 2) return route.fulfill(problem(403, 'forbidden', 'Forbidden', 'No'));
			if (call === 3) return route.abort('internetdisconnected');
			return route.fulfill(json(firstPage));
		});
		await page.addInitScript(() => {
			window.expired = 0;
			document.addEventListener('bk-token-expired', () => window.expired++);
		});
		await mount(page);

		const alert = feed(page).getByRole('alert');
		await alert.getByText('Din inloggning har gått ut.', { exact: false }).waitFor();
		assert.equal(await page.evaluate(() => window.expired), 1);
		await feed(page).getByRole('button', { name: 'Försök igen' }).click();
		await alert.getByText('Du har inte behörighet att se det här.').waitFor();
		await feed(page).getByRole('button', { name: 'Försök igen' }).click();
		await alert.getByText('Det gick inte att nå Budkavle.', { exact: false }).waitFor();
		await feed(page).getByRole('button', { name: 'Försök igen' }).press('Enter');
		await items(page).nth(2).waitFor();
		assert.equal((await focusedElement(page)).part, 'list', 'focus goes to the loaded list after a retry');
	});

	test('keeps the posts it has when the next page fails and lets the reader try again', async () => {
		const page = await newPage();
		await serveApi(page, FEED, (request, call) => (call === 2 ? problem(502, 'about:blank', 'Bad Gateway', '') : pages(request)));
		await mount(page);

		await feed(page).getByRole('button', { name: 'Visa fler' }).click();
		await feed(page).getByRole('alert').getByText('Något gick fel i Budkavle (fel 502).', { exact: false }).waitFor();
		assert.equal(await items(page).count(), 3);
		await feed(page).getByRole('button', { name: 'Försök visa fler igen' }).press('Enter');
		await items(page).nth(4).waitFor();
		assert.equal(await feed(page).getByRole('alert').count(), 0);
	});

	test('reloads the first page when refresh() is called', async () => {
		const page = await newPage();
		const calls = await serveApi(page, FEED, (request, call) => json(call === 1 ? firstPage
			: { items: [post(6, { title: 'Helt ny nyhet' }), ...firstPage.items], next: 'cursor-1' }));
		await mount(page);
		await items(page).nth(2).waitFor();

		const title = await page.evaluate(async () => {
			const element = document.querySelector('bk-news-feed');
			await element.refresh();
			return element.shadowRoot.querySelector('.title').textContent.trim();
		});
		assert.equal(title, 'Helt ny nyhet');
		assert.equal(calls.length, 2);
		assert.equal(new URL(calls[1].url).searchParams.has('after'), false);
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		const long = post(7, {
			title: 'Individ- och familjeomsorgsavdelningensmottagningsenhetsinformationsmöte',
			units: ['Individ- och familjeomsorgsavdelningensmottagningsenhet för vuxna'],
			author: { ...maria, displayName: 'Maria-Kristina Johansson-Bergströmsdotter', jobTitle: 'Biträdande enhetschef' },
			priority: 'IMPORTANT',
			read: false,
			acknowledgement: { required: true, deadline: '2026-12-24T12:00:00Z', acknowledgedAt: null },
		});
		await serveApi(page, FEED, () => json({ items: [long, ...firstPage.items], next: 'cursor-1' }));
		await mount(page);
		await items(page).nth(3).waitFor();
		assert.equal(await horizontalOverflow(page), 0);
	});

	test('keeps flags, links, buttons and focus visible in forced-colors mode', async () => {
		const page = await newPage();
		await page.emulateMedia({ forcedColors: 'active' });
		await serveApi(page, FEED, pages);
		await mount(page);
		await items(page).nth(2).waitFor();

		for (const selector of ['.title-link', '.flag-important', '.flag-unread', '.ack', '.meta']) {
			const { color, background } = await colours(page, 'bk-news-feed', selector);
			assert.notEqual(color, background, `${selector} must stay readable`);
		}
		const flag = await colours(page, 'bk-news-feed', '.flag-important');
		assert.match(flag.border, /^solid [1-9]/, 'the importance flag keeps its outline, not colour alone');
		const more = await colours(page, 'bk-news-feed', '.more');
		assert.match(more.border, /^solid [1-9]/);
		const focused = await tabTo(page, 'title-link');
		assert.equal(focused.outlineStyle, 'solid');
	});

	test('opened from a link to a post not on the first page: fetches it, shows it first and marked, focuses its title and opens it; axe, keyboard and 320 px', async () => {
		const id = 'c0ffee00-0000-4000-8000-000000000008';
		const page = await newPage({ viewport: { width: 320, height: 480 } });
		const feedCalls = await serveApi(page, FEED, pages);
		const postCalls = await serveApi(page, `**/api/v1/posts/${id}`, () => json({
			id, version: 1, title: 'Nytt larmnummer', html: '<p>Ring 112.</p>', excerpt: 'Larmnumret ändras i december.',
			priority: 'NORMAL', status: 'PUBLISHED', publishAt: '2026-10-01T08:00:00Z', publishedAt: '2026-10-01T08:00:00Z',
			author: maria, targets: [{ unitId: 'u1', name: 'Hemtjänst Syd', includeSubunits: true }],
			acknowledgement: { required: false, deadline: null, acknowledgedAt: null }, read: false, commentCount: 1,
		}));
		await page.addInitScript(() => {
			window.opened = [];
			document.addEventListener('bk-open-post', (event) => window.opened.push(event.detail));
		});
		await mountElement(page, `${server.url}/?budkavle-post=${id}`, 'bk-news-feed');

		const focused = await focusOnText(page, 'Nytt larmnummer');
		assert.equal(focused.part, 'title-link', 'focus on the linked post\'s title');
		const first = items(page).nth(0);
		assert.match(await first.textContent(), /Öppnad från länk[\s\S]*Oläst[\s\S]*Larmnumret ändras i december\.[\s\S]*Till: Hemtjänst Syd/);
		assert.match(await first.getAttribute('part'), /\blinked\b/);
		assert.equal(await items(page).count(), 4, 'the linked post first, then the first page');
		assert.equal(postCalls.length, 1);
		assert.equal(feedCalls.length, 1);
		assert.deepEqual(await page.evaluate(() => window.opened), [{ id, linked: true }], 'the page is asked to open it in full');
		assert.equal(await horizontalOverflow(page), 0);
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, `linked: ${formatViolations(violations)}`);

		await page.keyboard.press('Enter');
		assert.deepEqual(await page.evaluate(() => window.opened.at(-1)), { id }, 'the keyboard opens it like any other post');
		await feed(page).getByRole('button', { name: 'Visa fler' }).click();
		await items(page).nth(5).waitFor();
		assert.equal(await items(page).count(), 6, 'paging on does not show the linked post twice');
	});

	test('opened from a link to a post on the first page focuses it in view without fetching it; a link the reader cannot follow is said in the status', async () => {
		const page = await newPage({ viewport: { width: 800, height: 300 } });
		const id = 'c0ffee00-0000-4000-8000-000000000003';
		const onPage = { items: [important, acknowledged, post(3, { id, title: 'Ny kaffemaskin' })], next: null };
		await serveApi(page, FEED, () => json(onPage));
		const postCalls = await serveApi(page, /\/api\/v1\/posts\//, () => problem(404, 'post-not-found', 'Not found', 'No such post'));
		await mountElement(page, `${server.url}/?budkavle-post=${id}`, 'bk-news-feed', { attributes: { 'post-link': '/nyheter?post={id}' } });

		const focused = await focusOnText(page, 'Ny kaffemaskin');
		assert.equal(focused.tag, 'a');
		assert.equal(postCalls.length, 0);
		const box = await items(page).nth(2).boundingBox();
		assert.ok(box.y >= 0 && box.y + 20 <= 300, `the linked post is scrolled into view (${box.y})`);

		const other = 'c0ffee00-0000-4000-8000-00000000dead';
		const second = await newPage();
		await serveApi(second, FEED, pages);
		const refused = await serveApi(second, /\/api\/v1\/posts\//, () => problem(404, 'post-not-found', 'Not found', 'No such post'));
		await mountElement(second, `${server.url}/?nyhet=${other}`, 'bk-news-feed', { attributes: { 'link-parameter': 'nyhet' } });
		await feed(second).getByRole('status').getByText('Nyheten i länken finns inte, eller så är den inte till dig.').waitFor();
		assert.equal(refused.length, 1);
		assert.equal(await items(second).count(), 3);
		const violations = await axeViolations(second);
		assert.equal(violations.length, 0, `link not followed: ${formatViolations(violations)}`);
	});
});
