import { after, afterEach, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi, unauthorized } from '../../test/support/api.mjs';
import { colours, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const LIST = /\/api\/v1\/notifications(\?|$)/;
const PUSH_KEY = /\/api\/v1\/push-subscriptions\/key$/;
const PUSH_SUBSCRIPTIONS = /\/api\/v1\/push-subscriptions(\?|$)/;
/** The hub's application server key (HubTestSupport.VAPID_PUBLIC_KEY) and the subscription the fake push service gives. */
const HUB_KEY = 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8';
const BROWSER = {
	endpoint: 'https://fcm.googleapis.com/fcm/send/bk-notifications-test',
	keys: { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' },
};
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
let context;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
});

after(async () => {
	await browser?.close();
	await server?.close();
});

afterEach(async () => {
	await context?.close();
	context = undefined;
});

async function newPage(options = {}) {
	context = await browser.newContext(options);
	return context.newPage();
}

const mount = (page, options) => mountElement(page, `${server.url}/`, 'bk-notifications', options);

/**
 * Chromium here reaches no push service, so PushManager's subscribe and getSubscription are replaced by a fake that
 * gives BROWSER's subscription and keeps it in localStorage, as a browser keeps its subscription across loads; the
 * service worker itself is registered for real. What subscribe was called with is kept in `window.subscribedWith`,
 * the unsubscriptions counted in `window.unsubscribed`.
 */
function fakePushService(target) {
	return target.addInitScript((browser) => {
		const base64url = (bytes) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const fake = ({ json, key }) => ({
			endpoint: json.endpoint,
			options: { userVisibleOnly: true, applicationServerKey: Uint8Array.from(key).buffer },
			toJSON: () => json,
			unsubscribe: async () => {
				localStorage.removeItem('fake-push');
				window.unsubscribed = (window.unsubscribed ?? 0) + 1;
				return true;
			},
		});
		PushManager.prototype.subscribe = async function subscribe(options) {
			const key = [...new Uint8Array(options.applicationServerKey)];
			window.subscribedWith = { userVisibleOnly: options.userVisibleOnly, key: base64url(key) };
			const record = { json: { ...browser, expirationTime: null }, key };
			localStorage.setItem('fake-push', JSON.stringify(record));
			return fake(record);
		};
		PushManager.prototype.getSubscription = async function getSubscription() {
			const record = JSON.parse(localStorage.getItem('fake-push') ?? 'null');
			return record ? fake(record) : null;
		};
	}, BROWSER);
}

/** Answers the push routes: the key (or 404 when Web Push is off) and 204 to posting or deleting a subscription. */
async function servePush(page, { key = HUB_KEY } = {}) {
	const keys = await serveApi(page, PUSH_KEY, () => (key
		? json({ publicKey: key })
		: problem(404, 'web-push-off', 'Web Push is off', 'Web Push is not switched on in this hub')));
	const sent = [];
	await serveApi(page, PUSH_SUBSCRIPTIONS, (request) => {
		sent.push({ method: request.method(), url: request.url(), body: request.postDataJSON() });
		return { status: 204, body: '' };
	});
	return { keys, sent };
}
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

	test('turns notifications in the browser on and off by keyboard at 320 px: subscribes, posts, renews on load, deletes', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await context.grantPermissions(['notifications'], { origin: server.url });
		await fakePushService(page);
		await serveApi(page, LIST, pages);
		const { sent } = await servePush(page);
		const check = async (state) => {
			const violations = await axeViolations(page);
			assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
			assert.equal(await horizontalOverflow(page), 0, state);
		};
		await mount(page);
		await items(page).nth(2).waitFor();

		const button = await tabTo(page, 'push-button');
		assert.equal(button.text, 'Få aviseringar i webbläsaren');
		assert.equal(button.outlineStyle, 'solid');
		await check('off');
		await page.keyboard.press('Enter');
		await widget(page).getByText('Klart. Aviseringarna visas nu också i den här webbläsaren.').waitFor();
		assert.deepEqual(await page.evaluate(() => window.subscribedWith), { userVisibleOnly: true, key: HUB_KEY });
		assert.deepEqual(sent, [{ method: 'POST', url: `${server.url}/api/v1/push-subscriptions`, body: BROWSER }]);
		const worker = new URL(await page.evaluate(async () =>
			(await navigator.serviceWorker.getRegistration('/widgets/bk-push-sw.js'))?.active?.scriptURL));
		assert.equal(`${worker.origin}${worker.pathname}`, `${server.url}/widgets/bk-push-sw.js`, 'the hub\'s copy, registered for real');
		assert.equal(worker.searchParams.get('hub'), server.url);
		assert.equal(worker.searchParams.get('home'), `${server.url}/`);
		assert.equal((await focusedElement(page)).text, 'Stäng av aviseringar i webbläsaren');
		await check('on');

		await mount(page);
		await widget(page).getByText('Aviseringarna visas också i den här webbläsaren, även när sidan är stängd.').waitFor();
		assert.deepEqual(sent.slice(1), [{ method: 'POST', url: `${server.url}/api/v1/push-subscriptions`, body: BROWSER }],
			'each load posts the subscription again, which renews it on the hub');

		assert.equal((await tabTo(page, 'push-button')).text, 'Stäng av aviseringar i webbläsaren');
		await page.keyboard.press('Enter');
		await widget(page).getByText('Aviseringarna visas inte längre i den här webbläsaren.').waitFor();
		assert.deepEqual(sent.slice(2).map(({ method, url }) => [method, url]),
			[['DELETE', `${server.url}/api/v1/push-subscriptions?endpoint=${encodeURIComponent(BROWSER.endpoint)}`]]);
		assert.equal(await page.evaluate(() => window.unsubscribed), 1);
		assert.equal((await focusedElement(page)).text, 'Få aviseringar i webbläsaren');
		await check('turned off');
	});

	test('the registered worker shows a pushed crisis message as a notification that stays on screen', async () => {
		const page = await newPage();
		await context.grantPermissions(['notifications'], { origin: server.url });
		await fakePushService(page);
		await serveApi(page, LIST, pages);
		await servePush(page);
		// Chromium's DevTools protocol delivers a push message to a registration, as a push service would.
		const devtools = await context.newCDPSession(page);
		const scope = `${server.url}/widgets/`;
		const registered = new Promise((found) => {
			devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
				const registration = registrations.find((candidate) => candidate.scopeURL === scope && !candidate.isDeleted);
				if (registration) found(registration.registrationId);
			});
		});
		await devtools.send('ServiceWorker.enable');
		await mount(page);
		await widget(page).getByRole('button', { name: 'Få aviseringar i webbläsaren' }).click();
		await widget(page).getByText('Klart. Aviseringarna visas nu också i den här webbläsaren.').waitFor();
		const registrationId = await registered;

		// What the hub's web-push channel sends for an exercise's crisis message (WebPushChannel.payload).
		const payload = { id: 'd0000000-0000-4000-8000-000000000001', urgency: 'high', kind: 'crisis.sent',
			title: 'ÖVNING: Strömavbrott', body: 'Gå till samlingsplatsen vid entrén.', link: null };
		await devtools.send('ServiceWorker.deliverPushMessage', { origin: server.url, registrationId, data: JSON.stringify(payload) });
		const shown = await page.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.getRegistration('/widgets/bk-push-sw.js');
			const [notification] = await registration.getNotifications();
			return notification && { title: notification.title, body: notification.body, tag: notification.tag,
				requireInteraction: notification.requireInteraction, data: notification.data };
		});
		assert.deepEqual(await shown.jsonValue(), { title: 'ÖVNING: Strömavbrott', body: 'Gå till samlingsplatsen vid entrén.',
			tag: payload.id, requireInteraction: true, data: { url: `${server.url}/`, kind: 'crisis.sent' } });
	});

	test('says when the browser blocks notifications, and offers none without a hub key or a browser that can push', async () => {
		context = await browser.newContext();
		const blocked = await context.newPage();
		await fakePushService(blocked);
		await blocked.addInitScript(() => Object.defineProperty(Notification, 'permission', { get: () => 'denied' }));
		await serveApi(blocked, LIST, pages);
		await servePush(blocked);
		await mount(blocked);
		await widget(blocked).getByText('Webbläsaren blockerar aviseringar från den här sidan.', { exact: false }).waitFor();
		assert.equal(await widget(blocked).locator('[part~="push-button"]').count(), 0);
		const violations = await axeViolations(blocked);
		assert.equal(violations.length, 0, formatViolations(violations));

		const keyless = await context.newPage();
		await serveApi(keyless, LIST, pages);
		const off = await servePush(keyless, { key: null });
		const answered = keyless.waitForResponse(PUSH_KEY);
		await mount(keyless);
		await answered;
		await items(keyless).nth(2).waitFor();
		await keyless.evaluate(() => document.querySelector('bk-notifications').updateComplete);
		assert.equal(off.keys.length, 1);
		assert.equal(await widget(keyless).locator('[part~="push"]').count(), 0, 'Web Push is off in the hub');

		const unable = await context.newPage();
		await unable.addInitScript(() => delete window.PushManager);
		await serveApi(unable, LIST, pages);
		const none = await servePush(unable);
		await mount(unable);
		await items(unable).nth(2).waitFor();
		assert.equal(none.keys.length, 0, 'a browser that cannot push does not ask for the key');
		assert.equal(await widget(unable).locator('[part~="push"]').count(), 0);
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
