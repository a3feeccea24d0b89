// End-to-end: comments carrying XSS payloads, posted through the real API of a hub in demo mode, shown by
// <bk-comments> in real Chromium — nothing may execute. Run by the backend's DemoHubBrowserIT with BK_HUB_URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../support/browser.mjs';

const hub = process.env.BK_HUB_URL;

/** Payloads from the usual cheat sheets; each sets window.__xss (or opens a dialog) if it ever runs. */
const XSS = [
	'<script>window.__xss = 1</script>',
	'<img src=x onerror="window.__xss = 2">',
	'<svg onload="window.__xss = 3"></svg>',
	'"><iframe srcdoc="<script>parent.__xss = 4</script>"></iframe>',
	'javascript:window.__xss = 5',
	'https://x.se/"onmouseover="window.__xss=6" x="',
	'<a href="javascript:window.__xss = 7">klicka</a>',
	'<details open ontoggle="window.__xss = 8">',
	'<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 9">',
	'https://x.se/<script>window.__xss = 10</script>',
];

let browser;

before(async () => {
	assert.ok(hub, 'BK_HUB_URL must name a running hub');
	browser = await launchChromium();
});

after(async () => {
	await browser?.close();
});

async function tokenOf(key) {
	const personas = await (await fetch(`${hub}/demo/personas`)).json();
	const persona = personas.find((candidate) => candidate.key === key);
	const answer = await fetch(`${hub}/demo/token`, {
		method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ personId: persona.personId }),
	});
	return (await answer.json()).access_token;
}

async function call(token, method, path, body) {
	const answer = await fetch(`${hub}/api/v1/${path}`, {
		method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body),
	});
	assert.ok(answer.ok, `${method} ${path}: ${answer.status} ${await answer.clone().text()}`);
	return answer.json();
}

test('comments with XSS payloads posted through the real API run nothing in <bk-comments>', async () => {
	const manager = await tokenOf('enhet-manager');
	const unit = (await (await fetch(`${hub}/api/v1/me`, { headers: { Authorization: `Bearer ${manager}` } })).json()).manages[0].id;
	const post = await call(manager, 'POST', 'posts', {
		title: 'Schema', body: 'Nytt schema.', priority: 'NORMAL', language: 'sv', commentsEnabled: true,
		targets: [{ unitId: unit, includeSubunits: true }],
	});
	const employee = await tokenOf('employee');
	for (const payload of XSS.slice(0, 9)) {
		await call(employee, 'POST', `posts/${post.id}/comments`, { body: payload });
	}
	await call(await tokenOf('colleague'), 'POST', `posts/${post.id}/comments`, { body: XSS[9] });

	const page = await (await browser.newContext()).newPage();
	const dialogs = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		dialog.dismiss();
	});
	await page.goto(hub);
	await page.evaluate(() => customElements.whenDefined('bk-comments'));
	await page.evaluate(({ postId, token }) => {
		const element = document.createElement('bk-comments');
		element.setAttribute('post', postId);
		element.token = token;
		document.body.append(element);
	}, { postId: post.id, token: employee });
	for (const payload of XSS) {
		await page.locator('bk-comments [part=body]').filter({ hasText: payload }).first().waitFor();
	}
	for (const body of await page.locator('bk-comments [part=body]').all()) await body.hover();
	const found = await page.evaluate(() => {
		const root = document.querySelector('bk-comments').shadowRoot;
		return {
			xss: window.__xss ?? null,
			elements: [...root.querySelectorAll('[part=body] *')].map((element) => element.localName),
			hrefs: [...root.querySelectorAll('[part=body] a')].map((a) => a.getAttribute('href')),
		};
	});
	assert.equal(found.xss, null);
	assert.deepEqual(dialogs, []);
	assert.ok(found.elements.every((name) => name === 'a'), found.elements.join());
	assert.ok(found.hrefs.every((href) => /^https?:\/\//.test(href) && !/["'<>]/.test(href)), found.hrefs.join());
	const violations = await axeViolations(page, { include: 'bk-comments' });
	assert.equal(violations.length, 0, formatViolations(violations));
});
