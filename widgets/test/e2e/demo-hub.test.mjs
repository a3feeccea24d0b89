// End-to-end: the demo hub as a new user meets it — real backend, real PostgreSQL, real Chromium.
// Run by the backend's DemoHubBrowserIT with BK_HUB_URL pointing at a hub started in demo mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../support/browser.mjs';

const hub = process.env.BK_HUB_URL;
let browser;
let page;
const cspViolations = [];

before(async () => {
	assert.ok(hub, 'BK_HUB_URL must name a running hub');
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
});

after(async () => {
	await browser?.close();
});

const personas = async () => (await fetch(`${hub}/demo/personas`)).json();

const showAs = async (key) => {
	const persona = (await personas()).find((candidate) => candidate.key === key);
	await page.selectOption('#persona', persona.personId);
	await page.locator('bk-me').getByRole('heading', { name: persona.displayName }).waitFor();
	return persona;
};

test('the demo page has no accessibility violations once a persona is chosen', async () => {
	await page.goto(hub);
	await showAs('employee');
	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('switching persona shows who the hub now thinks I am, with my manager', async () => {
	await page.goto(hub);
	await showAs('employee');
	await page.locator('bk-me').getByText('Maria Holm').waitFor();
	await showAs('enhet-manager');
	await page.locator('bk-me').getByText('Anders Berg').waitFor();
});

test('the persona switcher works with the keyboard alone', async () => {
	await page.goto(hub);
	await showAs('employee');
	await page.focus('#persona');
	const wanted = (await personas()).find((candidate) => candidate.key === 'communicator');
	// Walk the options with the arrow keys until the communicator is chosen, as a keyboard user would.
	for (let step = 0; step < 12; step++) {
		if ((await page.inputValue('#persona')) === wanted.personId) {
			break;
		}
		await page.keyboard.press('ArrowDown');
	}
	await page.locator('bk-me').getByRole('heading', { name: wanted.displayName }).waitFor();
});

test('the chosen persona is remembered when the page is opened again', async () => {
	await page.goto(hub);
	const persona = await showAs('outsider');
	await page.reload();
	await page.locator('bk-me').getByRole('heading', { name: persona.displayName }).waitFor();
});

// --- News: a manager writes to her enhet; who sees it, who confirms it, who sees the confirmations -------------

const newsTitle = `Nya rutiner för nycklar i hemtjänsten ${Date.now()}`;

/** `datetime-local` text a week from now. */
const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000 - new Date().getTimezoneOffset() * 60000)
	.toISOString().slice(0, 16);

const feedPost = () => page.locator('bk-news-feed').getByRole('heading', { name: newsTitle });

/** Waits until the feed has shown its first page (posts or the empty text). */
const feedShown = () => page.locator('bk-news-feed').locator('[part~="list"], [part~="empty"]').first().waitFor();

test('the enhet manager posts to Hemtjänst Syd asking for acknowledgement, with the keyboard-ready compose form', async () => {
	await page.goto(hub);
	await showAs('enhet-manager');
	const compose = page.locator('bk-compose');
	await compose.getByRole('treeitem', { name: 'Hemtjänst Syd', exact: true }).click();
	await compose.locator('#title').fill(newsTitle);
	await compose.locator('#body').fill('Från och med måndag hämtar vi nycklarna i receptionen. Kvittera att du har läst.');
	await compose.getByRole('checkbox', { name: /Be mottagarna kvittera/ }).check();
	await compose.locator('#deadline').fill(inAWeek());
	await compose.getByRole('button', { name: 'Publicera' }).click();
	await compose.getByText(/Nyheten är publicerad och når \d+ personer\./).waitFor();

	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('the employee in Hemtjänst Syd sees the post in the feed and opens it in full', async () => {
	await page.goto(hub);
	await showAs('employee');
	const title = feedPost();
	await title.waitFor();
	const item = page.locator('bk-news-feed').getByRole('listitem').filter({ has: page.getByRole('heading', { name: newsTitle }) });
	assert.match(await item.textContent(), /Oläst/);
	assert.match(await item.textContent(), /Kvittera senast/);
	await title.getByRole('button').click();
	await page.locator('bk-post').getByRole('heading', { name: newsTitle }).waitFor();
	await page.locator('bk-post').getByText('Från och med måndag hämtar vi nycklarna i receptionen.', { exact: false }).waitFor();

	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('the employee confirms "Jag har läst" with the keyboard and the feed then says the post is acknowledged', async () => {
	await page.goto(hub);
	await showAs('employee');
	await feedPost().getByRole('button').click();
	const read = page.locator('bk-post').getByRole('button', { name: 'Jag har läst' });
	await read.focus();
	await page.keyboard.press('Enter');
	await page.locator('bk-post').getByRole('status').getByText('Tack! Din kvittens är registrerad.').waitFor();
	const item = page.locator('bk-news-feed').getByRole('listitem').filter({ has: page.getByRole('heading', { name: newsTitle }) });
	await item.getByText(/Kvitterad \d/).waitFor();
});

test('the manager sees one acknowledgement for her post, per unit and in total, and who is still pending', async () => {
	await page.goto(hub);
	await showAs('enhet-manager');
	const progress = page.locator('bk-ack-progress');
	await progress.getByRole('heading', { name: `Kvittenser: ${newsTitle}` }).waitFor();
	const total = await progress.locator('[part~="total-text"]').textContent();
	assert.match(total, /^1 av \d+ har kvitterat/);
	const units = await progress.locator('[part~="unit"]').allTextContents();
	assert.ok(units.some((row) => /Hemtjänst Syd\s+1 av \d+/.test(row)), units.join(' | '));
	// The demo's Hemtjänst Syd has more pending people than one page shows: find them by searching.
	const search = progress.getByRole('searchbox', { name: 'Sök person eller enhet' });
	await search.fill('Sofia Nilsson');
	await progress.locator('[part~="pending-person"] .person-name').getByText('Sofia Nilsson').waitFor(); // Sofia has not
	await search.fill('Ahmed Hassan');
	await progress.getByText('Ingen som inte har kvitterat matchar ”Ahmed Hassan”.').waitFor(); // Ahmed has confirmed

	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('a reminder\'s link, as the hub sends it by e-mail and in Mina uppgifter, opens the post on the demo page', async () => {
	const manager = (await personas()).find((persona) => persona.key === 'enhet-manager');
	const signIn = await fetch(`${hub}/demo/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify({ personId: manager.personId }) });
	const token = (await signIn.json()).access_token;
	await page.goto(hub);
	await showAs('colleague');
	await feedPost().waitFor();
	const id = await page.locator('bk-news-feed').getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: newsTitle }) }).getAttribute('data-post-id');
	const reminded = await fetch(`${hub}/api/v1/posts/${id}/reminders`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
	assert.equal(reminded.status, 202);

	await page.reload();
	const link = page.locator('bk-notifications').getByRole('link', { name: `Påminnelse: ${newsTitle}` });
	assert.match(await link.getAttribute('href'), new RegExp(`/\\?budkavle-post=${id}$`), 'budkavle.delivery.links.post filled in');
	await link.click();
	await page.waitForURL(`**/?budkavle-post=${id}`);
	await page.locator('bk-post').getByRole('heading', { name: newsTitle }).waitFor();
	assert.ok(await page.locator('#post-section').isVisible(), 'the post opens in full');
	await page.locator('bk-news-feed').getByText('Öppnad från länk').waitFor();
	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('the outsider in another avdelning does not see the post', async () => {
	await page.goto(hub);
	await showAs('outsider');
	await feedShown();
	assert.equal(await feedPost().count(), 0);
});

// --- The whole product on one intranet page: each persona sees what it may use, phone first ---------------------

const visible = (selector) => page.locator(selector).isVisible();

test('each persona sees the tools it may use and no others', async () => {
	await page.goto(hub);
	await showAs('employee');
	await page.locator('bk-ask-manager').getByRole('heading', { name: /Mina frågor/ }).waitFor();
	assert.equal(await visible('#manager-tools'), false, 'no manager tools for an employee');
	assert.equal(await visible('#admin-section'), false);
	await showAs('enhet-manager');
	await page.locator('#inbox-section').waitFor();
	assert.ok(await visible('#compose-section'));
	assert.ok(await visible('#reach-section'));
	assert.equal(await visible('#admin-section'), false);
	assert.equal(await visible('#records-section'), false, 'the records tools are for the records role');
	await showAs('admin');
	await page.locator('#admin-section').waitFor();
	assert.equal(await visible('#inbox-section'), false, 'the admin manages no unit');
	assert.equal(await visible('#records-section'), false);
	await showAs('registrator');
	await page.locator('#records-section').waitFor();
	await page.locator('bk-records-search').getByRole('button', { name: 'Sök' }).waitFor();
	await page.locator('bk-audit-log').locator('[part~="shown"]').waitFor();
	assert.equal(await visible('#admin-section'), false, 'the registrator administers nothing');
	assert.equal(await visible('#manager-tools'), false);
	assert.ok(await page.getByRole('link', { name: 'Registratur' }).isVisible());
	await page.locator('bk-records-search').getByRole('button', { name: 'Sök' }).click();
	await page.locator('bk-records-search').getByRole('heading', { name: 'Träffar' }).waitFor();
	assert.ok(await page.locator('bk-records-search').locator('[part~="record"]').count() > 0, 'the demo posts are found');
	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
});

test('on a 320 px phone the news come first and nothing scrolls sideways', async () => {
	const phone = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
	try {
		await phone.goto(hub);
		await phone.locator('bk-news-feed').locator('[part~="list"], [part~="empty"]').first().waitFor();
		const feed = await phone.locator('bk-news-feed').boundingBox();
		const tasks = await phone.locator('bk-notifications').boundingBox();
		assert.ok(feed.y < tasks.y, 'the news above my tasks');
		const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	} finally {
		await phone.context().close();
	}
});

test('on a 390 px phone the first post is in the first screen, no card sits in another and the page is axe clean', async () => {
	const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
	try {
		await phone.goto(hub);
		// The demo's crisis exercise is not yet answered: its banner comes first, in the first screen. Once answered it
		// leaves every widget, and the news come first again.
		const alert = phone.locator('[part~="alert-region"]').first();
		await alert.waitFor();
		const banner = await alert.boundingBox();
		assert.ok(banner.y < 844, `the crisis banner starts ${Math.round(banner.y)} px down, below the first screen`);
		await alert.getByRole('button', { name: 'Jag är i säkerhet' }).click();
		await phone.locator('[part~="crisis"]').first().waitFor({ state: 'detached' });
		const first = phone.locator('bk-news-feed').locator('[part~="item"]').first();
		await first.waitFor();
		const box = await first.boundingBox();
		assert.ok(box.y + Math.min(box.height, 96) <= 844, `the first post starts ${Math.round(box.y)} px down, below the first screen`);
		// Framed boxes (a visible border on both sides) from the first post up to the page: the post alone.
		const frames = await phone.evaluate(() => {
			const feed = document.querySelector('bk-news-feed');
			let node = feed.shadowRoot.querySelector('[part~="item"]');
			let count = 0;
			while (node && node !== document.body) {
				const style = getComputedStyle(node);
				if (parseFloat(style.borderLeftWidth) > 0 && parseFloat(style.borderRightWidth) > 0) count++;
				node = node.parentElement ?? node.getRootNode().host;
			}
			return count;
		});
		assert.equal(frames, 1, 'a post is a card, and nothing around it is one');
		const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
		const violations = await axeViolations(phone);
		assert.deepEqual(violations, [], formatViolations(violations));
	} finally {
		await phone.context().close();
	}
});

test('on the hub\'s own origin the employee turns notifications in the browser on, has them renewed, and off', async () => {
	// Chromium here reaches no push service: PushManager gives a made-up subscription (a real P-256 key, a push service
	// host the hub accepts); the service worker is the hub's, registered for real, and the hub stores the subscription.
	const context = await browser.newContext();
	await context.grantPermissions(['notifications'], { origin: hub });
	await context.addInitScript(() => {
		const json = {
			endpoint: 'https://fcm.googleapis.com/fcm/send/demo-hub-e2e',
			keys: { p256dh: 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8', auth: 'tBHItJI5svbpez7KI4CCXg' },
		};
		const fake = (key) => ({ endpoint: json.endpoint, options: { applicationServerKey: Uint8Array.from(key).buffer },
			toJSON: () => json, unsubscribe: async () => (localStorage.removeItem('fake-push'), true) });
		PushManager.prototype.subscribe = async (options) => {
			const key = [...new Uint8Array(options.applicationServerKey)];
			localStorage.setItem('fake-push', JSON.stringify(key));
			return fake(key);
		};
		PushManager.prototype.getSubscription = async () => {
			const key = JSON.parse(localStorage.getItem('fake-push') ?? 'null');
			return key ? fake(key) : null;
		};
	});
	const tab = await context.newPage();
	try {
		await tab.goto(hub);
		const persona = (await personas()).find((candidate) => candidate.key === 'employee');
		await tab.selectOption('#persona', persona.personId);
		const notifications = tab.locator('bk-notifications');
		await notifications.getByRole('button', { name: 'Få aviseringar i webbläsaren' }).click();
		await notifications.getByText('Klart. Aviseringarna visas nu också i den här webbläsaren.').waitFor();
		const worker = await tab.evaluate(async () =>
			(await navigator.serviceWorker.getRegistration('/widgets/bk-push-sw.js'))?.active?.scriptURL);
		assert.ok(worker?.startsWith(`${hub}/widgets/bk-push-sw.js?`), worker);

		await tab.reload();
		await notifications.getByText('Aviseringarna visas också i den här webbläsaren, även när sidan är stängd.').waitFor();
		await notifications.getByRole('button', { name: 'Stäng av aviseringar i webbläsaren' }).click();
		await notifications.getByText('Aviseringarna visas inte längre i den här webbläsaren.').waitFor();
	} finally {
		await context.close();
	}
});

test('the demo page runs under its Content-Security-Policy without a single violation', async () => {
	const response = await page.goto(hub);
	assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self';/);
	assert.equal(response.headers()['cross-origin-opener-policy'], 'same-origin');
	await showAs('employee');
	await feedShown();
	assert.deepEqual(cspViolations, [], cspViolations.join('\n'));
});
