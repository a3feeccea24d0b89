import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem, serveApi } from '../../test/support/api.mjs';

const POST = '6b0f3a52-0c1d-4e8b-9f2a-3c4d5e6f7a8b';
const AHMED = { id: 'a1', displayName: 'Ahmed Hassan', jobTitle: 'Undersköterska' };
const SOFIA = { id: 'a2', displayName: 'Sofia Nilsson', jobTitle: 'Undersköterska' };
const KINDS = ['LIKE', 'HEART', 'THANKS', 'INSIGHTFUL'];

/** XSS payloads from the usual cheat sheets; the hub stores them as written and the widget must show them as text. */
const XSS = [
	'<script>window.__xss = 1</script>',
	'<img src=x onerror="window.__xss = 2">',
	'<svg onload="window.__xss = 3"></svg>',
	'"><iframe src="javascript:window.top.__xss = 4"></iframe>',
	'javascript:window.__xss = 5',
	'https://x.se/"onmouseover="window.__xss=6" x="',
	'<a href="javascript:window.__xss = 7">klicka</a>',
	'<details open ontoggle="window.__xss = 8">',
];

/**
 * A stand-in hub for one post's thread with the real API's shapes and rules: the viewer is Ahmed (or a moderator),
 * Sofia writes the other comments.
 */
class FakeHub {
	constructor({ moderator = false, comments = [] } = {}) {
		this.moderator = moderator;
		this.locked = false;
		this.comments = [];
		this.seq = 0;
		for (const comment of comments) this.add(comment);
	}

	add({ body, author = SOFIA, replyTo = null, state = 'VISIBLE' }) {
		const id = `c${++this.seq}`;
		this.comments.push({ id, body, author, replyTo, state, reactions: new Map(), reported: false,
			createdAt: new Date(Date.UTC(2026, 10, 29, 9, this.seq)).toISOString(), moderation: null });
		return id;
	}

	view(comment) {
		const mine = comment.author.id === AHMED.id;
		const visible = comment.state === 'VISIBLE';
		const shown = visible || (comment.state === 'HIDDEN' && this.moderator);
		return {
			id: comment.id, postId: POST, replyTo: comment.replyTo, state: comment.state,
			author: shown ? comment.author : null, body: shown ? comment.body : null, version: 1,
			createdAt: comment.createdAt, editedAt: null,
			reactions: visible ? KINDS.map((kind) => ({ kind, count: comment.reactions.get(kind)?.size ?? 0,
				mine: comment.reactions.get(kind)?.has(AHMED.id) ?? false })) : [],
			reported: comment.reported, moderation: this.moderator ? comment.moderation : null,
			permissions: { reply: visible && !this.locked && !comment.replyTo, edit: mine && visible, delete: mine && visible,
				react: visible, report: visible && !mine, moderate: this.moderator && comment.state !== 'DELETED' },
			replies: comment.replyTo ? null : this.comments.filter((reply) => reply.replyTo === comment.id).map((reply) => this.view(reply)),
		};
	}

	thread() {
		return { postId: POST, items: this.comments.filter((comment) => !comment.replyTo).map((comment) => this.view(comment)),
			next: null, locked: this.locked, commentsEnabled: true,
			permissions: { comment: !this.locked, moderate: this.moderator } };
	}

	answer(request) {
		const url = new URL(request.url());
		const path = url.pathname.replace('/api/v1/', '');
		const method = request.method();
		const body = request.postData() ? JSON.parse(request.postData()) : {};
		const find = (id) => this.comments.find((comment) => comment.id === id);
		let match;
		if (method === 'GET' && path === `posts/${POST}/comments`) return json(this.thread());
		if (method === 'POST' && path === `posts/${POST}/comments`) {
			if (this.locked) return problem(409, 'thread-locked', 'Thread locked', 'Locked');
			const parent = body.replyTo ? find(body.replyTo) : null;
			const id = this.add({ body: body.body, author: AHMED, replyTo: parent ? (parent.replyTo ?? parent.id) : null });
			return json(this.view(find(id)), 201);
		}
		if ((match = path.match(/^comments\/(\w+)\/reactions\/(\w+)$/))) {
			const comment = find(match[1]);
			const people = comment.reactions.get(match[2]) ?? new Set();
			comment.reactions.set(match[2], people);
			if (method === 'PUT') people.add(AHMED.id); else people.delete(AHMED.id);
			return json({ commentId: comment.id, reactions: this.view(comment).reactions });
		}
		if ((match = path.match(/^comments\/(\w+)\/reports$/))) {
			find(match[1]).reported = true;
			return { status: 204, body: '' };
		}
		if ((match = path.match(/^comments\/(\w+)\/moderation$/))) {
			const comment = find(match[1]);
			comment.state = body.action === 'HIDE' ? 'HIDDEN' : 'VISIBLE';
			comment.moderation = { action: body.action, reason: body.reason, by: { displayName: 'Maria Holm' }, at: comment.createdAt };
			return json(this.view(comment));
		}
		if ((match = path.match(/^comments\/(\w+)$/))) {
			const comment = find(match[1]);
			if (method === 'DELETE') {
				comment.state = 'DELETED';
				return { status: 204, body: '' };
			}
			comment.body = body.body;
			return json(this.view(comment));
		}
		if (path === `posts/${POST}/thread-lock`) {
			this.locked = method === 'POST';
			return json({ postId: POST, locked: this.locked });
		}
		return problem(404, 'not-found', 'Not found', path);
	}
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

async function open(hub, { viewport, lang, live = false } = {}) {
	const page = await filePage.fresh({ viewport });
	const dialogs = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		dialog.dismiss();
	});
	page.dialogs = dialogs;
	await serveApi(page, '**/api/v1/**', (request) => hub.answer(request));
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-comments'));
	await page.evaluate(({ post, lang, live }) => {
		if (live) {
			window.Budkavle = { live: { subscribe(topic, onEvent) {
				window.__liveTopic = topic;
				window.__liveEvent = onEvent;
				return () => { window.__liveTopic = null; };
			} } };
		}
		const element = document.createElement('bk-comments');
		element.setAttribute('post', post);
		if (lang) element.setAttribute('lang', lang);
		element.token = 'token';
		document.getElementById('host').append(element);
	}, { post: POST, lang, live });
	await page.getByRole('heading', { name: lang === 'en' ? 'Comments' : 'Kommentarer' }).waitFor();
	await page.locator('bk-comments [part=new-comment], bk-comments [part=closed]').first().waitFor();
	return page;
}

function comment(page, text) {
	return page.locator('bk-comments article').filter({ hasText: text }).first();
}

describe('bk-comments', () => {
	test('has no WCAG 2.1 AA violations with replies, tombstones, moderation and an open form', async () => {
		const hub = new FakeHub({ moderator: true });
		const root = hub.add({ body: 'Bra schema!' });
		hub.add({ body: 'Håller med', author: AHMED, replyTo: root });
		hub.add({ body: 'Borta', state: 'DELETED' });
		hub.add({ body: 'Personnummer 19800101-1234', state: 'HIDDEN' });
		const page = await open(hub);
		await comment(page, 'Bra schema!').waitFor();
		let violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
		await comment(page, 'Bra schema!').getByRole('button', { name: 'Svara' }).first().click();
		await page.getByLabel('Ditt svar').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('shows replies nested, tombstones for deleted and hidden comments, links only for http(s)', async () => {
		const hub = new FakeHub();
		const root = hub.add({ body: 'Läs https://stad.se/schema. Tack!' });
		hub.add({ body: 'Svar', author: AHMED, replyTo: root });
		hub.add({ body: 'Borta', state: 'DELETED' });
		hub.add({ body: 'Dold text', state: 'HIDDEN' });
		const page = await open(hub);
		const link = page.getByRole('link', { name: 'https://stad.se/schema' });
		assert.equal(await link.getAttribute('href'), 'https://stad.se/schema');
		assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow ugc');
		assert.equal(await page.getByRole('list', { name: 'Svar till Sofia Nilsson' }).getByRole('listitem').count(), 1);
		await page.getByText('Kommentaren är borttagen').waitFor();
		await page.getByText('Kommentaren är dold av en moderator').waitFor();
		assert.equal(await page.getByText('Dold text').count(), 0);
	});

	test('can be used with the keyboard alone: comment, reply, react, delete with confirmation', async () => {
		const hub = new FakeHub({ comments: [{ body: 'Fråga om schemat' }] });
		const page = await open(hub);
		await page.keyboard.press('Tab');
		const tabTo = async (name) => {
			for (let i = 0; i < 30; i++) {
				const focused = await page.evaluate(() => {
					let active = document.activeElement;
					while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
					return `${active.localName}|${active.textContent.trim()}|${active.id}`;
				});
				if (focused.includes(name)) return;
				await page.keyboard.press('Tab');
			}
			assert.fail(`could not tab to ${name}`);
		};
		await tabTo('new-comment');
		await page.keyboard.type('Min kommentar');
		await tabTo('Skicka');
		await page.keyboard.press('Enter');
		await comment(page, 'Min kommentar').waitFor();
		await page.getByRole('status').filter({ hasText: 'Din kommentar är publicerad' }).waitFor();

		await comment(page, 'Fråga om schemat').getByRole('button', { name: 'Svara' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.type('Mitt svar');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.getByRole('list', { name: 'Svar till Sofia Nilsson' }).getByText('Mitt svar').waitFor();

		const like = comment(page, 'Fråga om schemat').getByRole('button', { name: /Gilla/ }).first();
		await like.focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelector('bk-comments').shadowRoot
			.querySelector('button.reaction[aria-pressed=true]'));
		assert.match(await comment(page, 'Fråga om schemat').getByRole('button', { name: /Gilla/ }).first().textContent(), /Gilla 1/);

		await comment(page, 'Min kommentar').getByRole('button', { name: 'Ta bort' }).focus();
		await page.keyboard.press('Enter');
		await page.getByText('Vill du ta bort kommentaren?').waitFor();
		await page.keyboard.press('Enter');
		await page.getByText('Kommentaren är borttagen').first().waitFor();
		assert.equal(hub.comments.find((c) => c.body === 'Min kommentar').state, 'DELETED');
	});

	test('reports with a reason, and moderators hide with a reason and see the hidden text', async () => {
		const hub = new FakeHub({ moderator: true, comments: [{ body: 'Olämpligt' }] });
		const page = await open(hub);
		await comment(page, 'Olämpligt').getByRole('button', { name: 'Anmäl' }).click();
		await page.getByLabel('Varför anmäler du kommentaren?').fill('Kränkande');
		await page.getByRole('button', { name: 'Skicka anmälan' }).click();
		await page.getByText('Du har anmält kommentaren').waitFor();
		await comment(page, 'Olämpligt').getByRole('button', { name: 'Dölj' }).click();
		await page.getByLabel('Varför döljs kommentaren?').fill('Personuppgifter');
		await page.getByRole('button', { name: 'Dölj' }).last().click();
		await page.getByText('Dold för läsarna: Personuppgifter').waitFor();
		await comment(page, 'Olämpligt').getByRole('button', { name: 'Återställ' }).waitFor();
		await page.getByRole('button', { name: 'Lås tråden' }).click();
		await page.getByText('Tråden är låst. Det går inte att skriva nya kommentarer.').waitFor();
	});

	test('announces new comments from others politely when the live topic says the thread changed', async () => {
		const hub = new FakeHub({ comments: [{ body: 'Först' }] });
		const page = await open(hub, { live: true });
		assert.equal(await page.evaluate(() => window.__liveTopic), `post:${POST}`);
		hub.add({ body: 'Alldeles ny' });
		await page.evaluate(() => window.__liveEvent({ event: 'comment.created' }));
		await comment(page, 'Alldeles ny').waitFor();
		const announcer = page.locator('bk-comments [part=announcer]');
		assert.equal(await announcer.getAttribute('aria-live'), 'polite');
		assert.equal(await announcer.getAttribute('role'), 'status');
		await page.waitForFunction(() => document.querySelector('bk-comments').shadowRoot
			.querySelector('[part=announcer]').textContent.includes('Ny kommentar från Sofia Nilsson'));
	});

	test('fits a 320 px wide screen without horizontal scrolling', async () => {
		const hub = new FakeHub({ moderator: true, comments: [{ body: 'En lång kommentar '.repeat(20) + 'https://stad.se/' + 'x'.repeat(80) }] });
		const page = await open(hub, { viewport: { width: 320, height: 640 } });
		await comment(page, 'En lång kommentar').waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});

	test('speaks English', async () => {
		const hub = new FakeHub({ comments: [{ body: 'Hello', state: 'DELETED' }] });
		const page = await open(hub, { lang: 'en' });
		await page.getByText('The comment has been deleted').waitFor();
		await page.getByLabel('Write a comment').waitFor();
	});

	test('shows comments carrying XSS payloads as text and runs none of them', async () => {
		const hub = new FakeHub();
		const page = await open(hub);
		for (const payload of XSS) {
			await page.getByLabel('Skriv en kommentar').fill(payload);
			await page.getByRole('button', { name: 'Skicka' }).last().click();
			await page.getByRole('status').filter({ hasText: 'Din kommentar är publicerad' }).waitFor();
			await page.evaluate(() => { document.querySelector('bk-comments').announcement = ''; });
		}
		for (const payload of XSS) {
			await page.locator('bk-comments [part=body]').filter({ hasText: payload }).first().waitFor();
		}
		await page.locator('bk-comments [part=body]').first().hover();
		const found = await page.evaluate(() => {
			const root = document.querySelector('bk-comments').shadowRoot;
			return {
				xss: window.__xss ?? null,
				elements: [...root.querySelectorAll('[part=body] *')].map((element) => element.localName),
				hrefs: [...root.querySelectorAll('[part=body] a')].map((a) => a.getAttribute('href')),
			};
		});
		assert.equal(found.xss, null);
		assert.deepEqual(page.dialogs, []);
		assert.ok(found.elements.every((name) => name === 'a'), found.elements.join());
		assert.ok(found.hrefs.every((href) => /^https?:\/\//.test(href) && !/["'<>]/.test(href)), found.hrefs.join());
	});
});
