/**
 * The accessibility check every widget test relies on still sees what it must: a violation inside an open shadow
 * root is reported, `include` narrows the check to one element, and a clean page reports nothing.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchChromium } from '../../test/support/browser.mjs';

let browser;
let page;

before(async () => {
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
});

after(() => browser?.close());

test('a violation inside a shadow root is found, include narrows the check, and a clean page passes', async () => {
	await page.setContent(`<!doctype html><html lang="sv"><head><title>Kontroll</title></head><body><main>
		<h1>Kontroll</h1><div id="clean"><p>Text</p></div><div id="host"></div></main></body></html>`);
	assert.deepEqual(await axeViolations(page), [], 'the page starts clean');

	await page.evaluate(() => {
		const root = document.getElementById('host').attachShadow({ mode: 'open' });
		root.innerHTML = '<button></button>';
	});
	const violations = await axeViolations(page);
	assert.deepEqual(violations.map((violation) => violation.id), ['button-name'], 'the nameless button in the shadow root');
	assert.deepEqual(await axeViolations(page, { include: '#clean' }), [], 'only the clean part was checked');
});
