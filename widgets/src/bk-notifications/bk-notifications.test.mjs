import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi, unauthorized } from '../../test/support/api.mjs';
import { colours, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const LIST = /\/api\/v1\/notifications(\?|$)/;
const READ = /\/api\/v1\/notifications\/[^/]+\/read$/;
const POST = 'b0000000-0000-4000-8000-000000000001';

const reminder = {
	id: 'e0000000-0000-4000-8000-000000000001',
	kind: 'acknowledgement.reminder',
	title: 'Påminnelse: Nya rutiner för nyckelhantering',
	body: 'Kvittera senast 24 december att du har läst nyheten.',
	link: null,
	postId: POST,
	createdAt: '2026-11-28T07:00:00Z',
	readAt: null,
};
const answered = {
	id: 'e0000000-0000-4000-8000-000000000002',
	kind: 'question.answered',
	title: 'Din fråga har fått svar',
	body: 'Maria Holm har svarat på din fråga om semester.',
	link: '/fragor/42',
	postId: null,
	createdAt: '2026-11-27T15:30:00Z',
	readAt: null,
};
const old = {
	id: 'e0000000-0000-4000-8000-000000000003',
	kind: 'post.important',
	title: 'Viktigt: Stormvarning',
	body: 'Håll koll på SMHI.',
	link: 'javascript:alert(1)',
	postId: null,
	createdAt: '2026-11-20T06:00:00Z',
	readAt: '2026-11-20T08:00:00Z',
};
const firstPage = { items: [reminder, answered, old], next: 'cursor-1' };
const secondPage = {
	items: [{ ...old, id: 'e0000000-0000-4000-8000-000000000004', title: 'Välkommen till Budkavle', link: null }],
	next: null,
};

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

const mount = (page, options) => mountElement(page, `${server.url}/`, 'bk-notifications', options);
const widget = (page) => page.locator('bk-notifications');
const items = (page) => widget(page).getByRole('listitem');

describe('bk-notifications', () => {
	test('has no WCAG 2.1 AA violations while loading, loaded, after marking read, empty and failed', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveApi(page, LIST, async (request, call) => {
			if (call === 1) return (await answer.promise, json(firstPage));
			if (call === 2) return json({ items: [], next: null });
			return problem(500, 'about:blank', 'Internal Server Error', '');
		});
		await serveApi(page, READ, () => ({ status: 204, body: '' }));
		await mount(page);
		const check = async (state) => {
			const violations = await axeViolations(page);
			assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
		};

		await widget(page).getByRole('status').getByText('Hämtar aviseringar…').waitFor();
		await check('loading');
		answer.resolve();
		await items(page).nth(2).waitFor();
		await check('loaded');
		await items(page).nth(0).getByRole('button', { name: 'Markera som läst' }).click();
		await widget(page).getByRole('status').getByText('är markerad som läst', { exact: false }).waitFor();
		await check('marked read');
		await page.evaluate(() => document.querySelector('bk-notifications').refresh());
		await widget(page).getByText('Du har inga aviseringar.').waitFor();
		await check('empty');
		await page.evaluate(() => document.querySelector('bk-notifications').refresh());
		await widget(page).getByRole('alert').waitFor();
		await check('failed');
	});

	test('lists notifications with unread ones marked in words, dates, and safe links only', async () => {
		const page = await newPage();
		const calls = await serveApi(page, LIST, pages);
		await mount(page, { attributes: { hub: server.url } });

		await items(page).nth(2).waitFor();
		assert.match(await widget(page).locator('.summary').textContent(), /2 olästa/);
		const first = await items(page).nth(0).textContent();
		assert.ok(first.includes('Oläst') && first.includes('Kvittera senast 24 december'), first);
		assert.match(first, /28 nov\. 2026 08:00/);
		assert.ok(!(await items(page).nth(2).textContent()).includes('Oläst'));
		assert.equal(await widget(page).getByRole('link', { name: 'Din fråga har fått svar' }).getAttribute('href'),
			`${server.url}/fragor/42`);
		assert.equal(await widget(page).getByRole('link', { name: 'Viktigt: Stormvarning' }).count(), 0, 'no javascript: link');
		await widget(page).getByRole('heading', { name: 'Viktigt: Stormvarning' }).waitFor();
		assert.equal(calls[0].url, `${server.url}/api/v1/notifications?limit=20`);
	});

	test('marks a notification read with the keyboard, announces it and keeps focus on that notification', async () => {
		const page = await newPage();
		await serveApi(page, LIST, pages);
		const reads = await serveApi(page, READ, () => ({ status: 204, body: '' }));
		await mount(page);
		await items(page).nth(2).waitFor();

		const button = await tabTo(page, 'mark-read-button');
		assert.equal(button.text, 'Markera som läst');
		assert.equal(button.outlineStyle, 'solid');
		await page.keyboard.press('Enter');
		await widget(page).getByRole('status').getByText('”Påminnelse: Nya rutiner för nyckelhantering” är markerad som läst.').waitFor();
		assert.deepEqual(reads.map((call) => [call.method, call.url]),
			[['POST', `${server.url}/api/v1/notifications/${reminder.id}/read`]]);
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'title');
		assert.equal(focused.text, reminder.title);
		assert.match(await widget(page).locator('.summary').textContent(), /1 oläst(?!a)/);
		assert.ok(!(await items(page).nth(0).textContent()).includes('Oläst'));
		assert.equal(await items(page).nth(0).getByRole('button', { name: 'Markera som läst' }).count(), 0);
	});

	test('says in an alert when marking read fails and keeps the notification unread', async () => {
		const page = await newPage();
		await serveApi(page, LIST, pages);
		await serveApi(page, READ, () => problem(404, 'notification-not-found', 'Not found', 'No such notification'));
		await mount(page);

		await items(page).nth(0).getByRole('button', { name: 'Markera som läst' }).click();
		await widget(page).getByRole('alert').getByText('Det gick inte att markera aviseringen som läst.', { exact: false }).waitFor();
		assert.ok((await items(page).nth(0).textContent()).includes('Oläst'));
	});

	test('opens a notification about a post through bk-open-post, or a link from the post-link template', async () => {
		const page = await newPage();
		await serveApi(page, LIST, pages);
		await page.addInitScript(() => {
			window.opened = [];
			document.addEventListener('bk-open-post', (event) => window.opened.push({ composed: event.composed, detail: event.detail }));
		});
		await mount(page);
		await items(page).nth(2).waitFor();

		const title = await tabTo(page, 'title-link');
		assert.equal(title.text, reminder.title);
		await page.keyboard.press('Enter');
		assert.deepEqual(await page.evaluate(() => window.opened), [{ composed: true, detail: { id: POST } }]);

		await page.evaluate(() => document.querySelector('bk-notifications').setAttribute('post-link', '/?post={id}'));
		const link = widget(page).getByRole('link', { name: reminder.title });
		await link.waitFor();
		assert.equal(await link.getAttribute('href'), `/?post=${POST}`);
	});

	test('pages on with "Visa fler" by keyboard and moves focus to the first new notification', async () => {
		const page = await newPage();
		const calls = await serveApi(page, LIST, pages);
		await mount(page, { attributes: { lang: 'en' } });
		await items(page).nth(2).waitFor();

		assert.equal((await tabTo(page, 'more-button')).text, 'Show more');
		await page.keyboard.press('Enter');
		await items(page).nth(3).waitFor();
		assert.equal(new URL(calls[1].url).searchParams.get('after'), 'cursor-1');
		assert.equal((await focusedElement(page)).text, 'Välkommen till Budkavle');
		assert.equal(await widget(page).getByRole('status').textContent(), '1 more notification shown.');
		assert.equal(await widget(page).getByRole('button', { name: 'Show more' }).count(), 0);
	});

	test('asks for a new sign-in on 401 and retries', async () => {
		const page = await newPage();
		await serveApi(page, LIST, (request, call) => (call === 1 ? unauthorized() : json(firstPage)));
		await page.addInitScript(() => {
			window.expired = 0;
			document.addEventListener('bk-token-expired', () => window.expired++);
		});
		await mount(page);

		await widget(page).getByRole('alert').getByText('Din inloggning har gått ut.', { exact: false }).waitFor();
		assert.equal(await page.evaluate(() => window.expired), 1);
		await widget(page).getByRole('button', { name: 'Försök igen' }).press('Enter');
		await items(page).nth(2).waitFor();
	});

	test('fits a 320 CSS px wide viewport and stays visible in forced-colors mode', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await page.emulateMedia({ forcedColors: 'active' });
		await serveApi(page, LIST, () => json({
			items: [{ ...reminder, title: 'Påminnelse: Individ- och familjeomsorgsavdelningensmottagningsenhetsinformationsmöte' }, answered],
			next: 'cursor-1',
		}));
		await mount(page);
		await items(page).nth(1).waitFor();

		assert.equal(await horizontalOverflow(page), 0);
		for (const selector of ['.title-link', '.flag', '.body', '.mark-read']) {
			const { color, background } = await colours(page, 'bk-notifications', selector);
			assert.notEqual(color, background, `${selector} must stay readable`);
		}
		assert.match((await colours(page, 'bk-notifications', '.flag')).border, /^solid [1-9]/);
		assert.match((await colours(page, 'bk-notifications', '.mark-read')).border, /^solid [1-9]/);
		assert.equal((await tabTo(page, 'mark-read-button')).outlineStyle, 'solid');
	});
});
