/**
 * The page's one live connection in real Chromium: two widgets on a page follow their topics through one WebSocket
 * (window.Budkavle.live), each gets its own topic's events, a topic is unsubscribed when the last element following
 * it leaves, and the socket closes when no element follows anything.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json, serveApi } from '../../test/support/api.mjs';

const POST = 'b0000000-0000-4000-8000-000000000001';
const TOPIC = `acknowledgements:${POST}`;
const progress = {
	postId: POST, title: 'Nya rutiner', deadline: null, audience: 20, acknowledged: 10,
	byUnit: [{ unitId: 'c1', name: 'Hemtjänst Syd', audience: 20, acknowledged: 10 }], pending: [],
};

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

/** A page with bk-news-feed and bk-ack-progress pointed at the live hub; resolves when both follow their topics. */
async function pageWithTwoWidgets() {
	const page = await filePage.fresh();
	const sockets = [];
	page.on('websocket', (socket) => sockets.push(socket.url()));
	const feedCalls = await serveApi(page, /\/api\/v1\/feed(\?|$)/, () => json({ items: [], next: null }));
	const ackCalls = await serveApi(page, /\/api\/v1\/posts\/[^/]+\/acknowledgements(\?|$)/, () => json(progress));
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-ack-progress'));
	await page.evaluate(({ hub, post }) => {
		window.Budkavle.token = 'token';
		const feed = Object.assign(document.createElement('bk-news-feed'), { id: 'feed' });
		const acks = Object.assign(document.createElement('bk-ack-progress'), { id: 'acks' });
		feed.setAttribute('hub', hub);
		acks.setAttribute('hub', hub);
		acks.setAttribute('post', post);
		document.getElementById('host').append(feed, acks);
	}, { hub: hub.url, post: POST });
	await hub.until(() => hub.subscriptions.includes('feed') && hub.subscriptions.includes(TOPIC));
	await page.waitForFunction(() => ['feed', 'acks'].every((id) => document.getElementById(id).state?.status === 'loaded'));
	return { page, sockets, feedCalls, ackCalls };
}

describe('the page live connection', () => {
	test('two widgets on one page share one WebSocket and each gets its own topic\'s events', async () => {
		const { page, sockets, feedCalls, ackCalls } = await pageWithTwoWidgets();
		assert.equal(hub.connections, 1, 'one socket reached the hub');
		// Chromium reports the socket to Playwright on its own channel, which may arrive after the hub saw it.
		await hub.until(() => sockets.length > 0);
		assert.deepEqual(sockets, [`${hub.url.replace('http', 'ws')}/api/v1/live`], 'the page opened one WebSocket');
		assert.equal(await page.evaluate(() => window.Budkavle.live.connections), 1);

		const feedBefore = feedCalls.length;
		const acksBefore = ackCalls.length;
		hub.publish('feed', 'post.published', { postId: POST });
		await hub.until(() => feedCalls.length > feedBefore);
		hub.publish(TOPIC, 'acknowledgement.progress', { postId: POST, acknowledged: 11, audience: 20 });
		await hub.until(() => ackCalls.length > acksBefore);
		assert.equal(feedCalls.length, feedBefore + 1, 'the feed heard only its own topic');
		assert.equal(hub.connections, 1);
	});

	test('a topic is unsubscribed when its last element leaves, and the socket closes when none is left', async () => {
		const { page } = await pageWithTwoWidgets();
		await page.evaluate(() => document.getElementById('acks').remove());
		await hub.until(() => hub.unsubscriptions.includes(TOPIC));
		assert.equal(hub.open, 1, 'the feed still follows on the same socket');
		await page.evaluate(() => document.getElementById('feed').remove());
		await hub.until(() => hub.open === 0);
		assert.equal(await page.evaluate(() => window.Budkavle.live.connections), 0);
		assert.equal(hub.connections, 1);
	});
});
