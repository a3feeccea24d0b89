// End-to-end: the demo hub as a new user meets it — real backend, real PostgreSQL, real Chromium.
// Run by the backend's DemoHubBrowserIT with BK_HUB_URL pointing at a hub started in demo mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../support/browser.mjs';

const hub = process.env.BK_HUB_URL;
let browser;
let page;

before(async () => {
	assert.ok(hub, 'BK_HUB_URL must name a running hub');
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
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
