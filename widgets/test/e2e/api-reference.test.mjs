// The hub's API reference page (/api-reference) in real Chromium: Redoc renders the hub's own OpenAPI document with
// nothing fetched from outside the hub (its page policy refuses Redocly's logo), and no accessibility violation.
// Run by the backend's ApiContractTests with BK_HUB_URL pointing at a running hub.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../support/browser.mjs';

const hub = process.env.BK_HUB_URL;
let browser;

before(async () => {
	assert.ok(hub, 'BK_HUB_URL must name a running hub');
	browser = await launchChromium();
});

after(async () => {
	await browser?.close();
});

test('the API reference renders the hub\'s document from the hub alone, accessibly', async () => {
	const page = await (await browser.newContext()).newPage();
	const outside = [];
	const refusals = [];
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(hub) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
		outside.push(url);
		return route.abort();
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refusals.push(message.text());
	});
	await page.goto(`${hub}/api-reference`);
	await page.getByRole('heading', { level: 1, name: /Budkavle API/ }).waitFor({ timeout: 60_000 });
	await page.getByRole('heading', { name: 'Publish a post' }).or(page.locator('[id^="tag/news"]')).first()
		.waitFor({ timeout: 60_000 });

	const violations = await axeViolations(page);
	assert.deepEqual(violations, [], formatViolations(violations));
	assert.deepEqual(outside, [], 'nothing was fetched from outside the hub');
	// Redoc's menu shows Redocly's logo from their CDN; the page policy refuses it, which keeps the page offline.
	const unexpected = refusals.filter((refusal) => !refusal.includes('https://cdn.redoc.ly/redoc/logo-mini.svg'));
	assert.deepEqual(unexpected, [], 'the page policy refused nothing but Redocly\'s logo');
});
