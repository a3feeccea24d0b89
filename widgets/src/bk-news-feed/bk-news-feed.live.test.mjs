/**
 * bk-news-feed's live updates against a tiny live hub in node: re-fetch and polite announcement on
 * `post.published`, focus kept, "N nya nyheter" instead of a jump when the reader has paged further, reconnect
 * with resume after the hub drops the socket, `live="off"`, and axe after every update.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json, serveApi } from '../../test/support/api.mjs';
import { focusedElement, mountElement, tabTo } from '../../test/support/elements.mjs';

const FEED = /\/api\/v1\/feed(\?|$)/;

function post(number, title) {
	return {
		id: `p0000000-0000-4000-8000-0000000000${String(number).padStart(2, '0')}`,
		title,
		excerpt: `Kort om ${title.toLowerCase()}.`,
		author: { id: 'a0000000-0000-4000-8000-000000000001', displayName: 'Maria Holm', jobTitle: 'Enhetschef' },
		units: ['Hemtjänst Syd'],
		publishedAt: '2026-11-21T09:00:00Z',
		priority: 'NORMAL',
		acknowledgement: { required: false, deadline: null, acknowledgedAt: null },
		read: true,
		commentCount: 0,
	};
}

const nycklar = post(1, 'Nya rutiner för nyckelhantering');
const julbord = post(2, 'Julbord den 12 december');
const kaffe = post(3, 'Ny kaffemaskin');
const friskvard = post(4, 'Friskvårdstimmen');
const sommar = post(5, 'Sommarschema');
const nytt = post(6, 'Helt ny nyhet');
const annu = post(7, 'Ännu en nyhet');

/** The feed as the hub has it now: `feed.first` answers the first page, the second page follows cursor-1. */
function feedApi(first) {
	const feed = { first };
	const answer = (request) => json(new URL(request.url()).searchParams.get('after') === 'cursor-1'
		? { items: [friskvard, sommar], next: null }
		: { items: feed.first, next: 'cursor-1' });
	return { feed, answer };
}

let server;
let browser;
let filePage;
let hub;

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

beforeEach(async () => {
	hub = await startLiveHub();
});

afterEach(async () => {
	await hub?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

const mount = (page, attributes = {}) => mountElement(page, `${server.url}/`, 'bk-news-feed', { attributes: { hub: hub.url, ...attributes } });
const widget = (page) => page.locator('bk-news-feed');
const items = (page) => widget(page).getByRole('listitem');
const titles = (page) => widget(page).locator('.title').allTextContents().then((all) => all.map((text) => text.trim()));

async function expectNoViolations(page, state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

/** Mounts the feed and resolves once it shows its first page and follows `feed` live. */
async function mountLive(page, attributes) {
	await mount(page, attributes);
	await items(page).nth(2).waitFor();
	await hub.until(() => hub.subscriptions.includes('feed') && hub.resumes.length === 1);
}

describe('bk-news-feed live', () => {
	test('re-fetches the first page on post.published, announces the new post politely and keeps focus on its post', async () => {
		const page = await newPage();
		const { feed, answer } = feedApi([nycklar, julbord, kaffe]);
		const calls = await serveApi(page, FEED, answer);
		await mountLive(page);
		await tabTo(page, 'title-link');
		await page.keyboard.press('Tab');
		assert.equal((await focusedElement(page)).text, 'Julbord den 12 december');

		feed.first = [nytt, nycklar, julbord, kaffe];
		hub.publish('feed', 'post.published', { postId: nytt.id });

		const status = widget(page).getByRole('status');
		await status.getByText('Ny nyhet: Helt ny nyhet').waitFor();
		assert.deepEqual(await titles(page), ['Helt ny nyhet', 'Nya rutiner för nyckelhantering', 'Julbord den 12 december', 'Ny kaffemaskin']);
		assert.equal(calls.length, 2);
		assert.equal(new URL(calls[1].url).searchParams.has('after'), false, 'the first page again');
		assert.equal(calls[1].authorization, 'Bearer token');
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'title-link');
		assert.equal(focused.text, 'Julbord den 12 december', 'focus stays on the post it was on');
		assert.equal(await widget(page).getByRole('alert').count(), 0);
		await expectNoViolations(page, 'after a live update');

		feed.first = [nycklar, julbord, kaffe];
		hub.publish('feed', 'post.withdrawn', { postId: nytt.id });
		await hub.until(() => calls.length === 3);
		await widget(page).getByRole('heading', { name: 'Helt ny nyhet' }).waitFor({ state: 'detached' });
		assert.equal((await focusedElement(page)).text, 'Julbord den 12 december');
	});

	test('when the reader has paged further it says "N nya nyheter" with a button instead of jumping', async () => {
		const page = await newPage();
		const { feed, answer } = feedApi([nycklar, julbord, kaffe]);
		await serveApi(page, FEED, answer);
		await mountLive(page);
		await widget(page).getByRole('button', { name: 'Visa fler' }).click();
		await items(page).nth(4).waitFor();
		assert.equal((await focusedElement(page)).text, 'Friskvårdstimmen');

		feed.first = [annu, nytt, nycklar, julbord, kaffe];
		hub.publish('feed', 'post.published', { postId: nytt.id });

		await widget(page).getByRole('status').getByText('2 nya nyheter', { exact: true }).waitFor();
		const show = widget(page).getByRole('button', { name: 'Visa 2 nya nyheter' });
		await show.waitFor();
		assert.deepEqual(await titles(page), ['Nya rutiner för nyckelhantering', 'Julbord den 12 december', 'Ny kaffemaskin',
			'Friskvårdstimmen', 'Sommarschema'], 'no jump: the posts shown stay');
		assert.equal((await focusedElement(page)).text, 'Friskvårdstimmen', 'focus stays');
		await expectNoViolations(page, 'new posts waiting');

		await show.focus();
		await page.keyboard.press('Enter');
		await widget(page).getByRole('heading', { name: 'Ännu en nyhet' }).waitFor();
		assert.deepEqual(await titles(page), ['Ännu en nyhet', 'Helt ny nyhet', 'Nya rutiner för nyckelhantering',
			'Julbord den 12 december', 'Ny kaffemaskin']);
		const focused = await focusedElement(page);
		assert.equal(focused.part, 'title-link');
		assert.equal(focused.text, 'Ännu en nyhet', 'focus on the first new post');
		assert.equal(await show.count(), 0);
		await expectNoViolations(page, 'new posts shown');
	});

	test('after the hub drops the socket it reconnects, resumes after the last event id and catches up', async () => {
		const page = await newPage();
		const { feed, answer } = feedApi([nycklar, julbord, kaffe]);
		const calls = await serveApi(page, FEED, answer);
		await mountLive(page);
		assert.deepEqual(hub.resumes, [0], 'a first connection resumes from ready.through');

		const first = hub.publish('feed', 'post.updated', { postId: nycklar.id });
		await hub.until(() => calls.length === 2);
		hub.dropAll();
		feed.first = [nytt, nycklar, julbord, kaffe];
		hub.publish('feed', 'post.published', { postId: nytt.id });

		await hub.until(() => hub.resumes.length === 2);
		assert.equal(hub.resumes[1], first, 'resume after the last event seen');
		assert.equal(hub.connections, 2);
		await widget(page).getByRole('status').getByText('Ny nyhet: Helt ny nyhet').waitFor();
		assert.equal(await widget(page).getByRole('alert').count(), 0, 'live failures are not shown');
		await expectNoViolations(page, 'after reconnecting');
	});

	test('live="off" follows nothing, and switching it back on follows the feed again', async () => {
		const page = await newPage();
		const { answer } = feedApi([nycklar, julbord, kaffe]);
		await serveApi(page, FEED, answer);
		await mountLive(page);
		assert.equal(hub.open, 1);

		await page.evaluate(() => document.querySelector('bk-news-feed').setAttribute('live', 'off'));
		await hub.until(() => hub.open === 0);
		await page.evaluate(() => document.querySelector('bk-news-feed').removeAttribute('live'));
		await hub.until(() => hub.open === 1 && hub.resumes.length === 2);
		assert.equal(hub.connections, 2);

		await page.evaluate(() => document.querySelector('bk-news-feed').remove());
		await hub.until(() => hub.open === 0);
	});
});
