/**
 * bk-audit-log in Chromium against the records API: the entries with their time in the viewer's language, actor,
 * action in words (unknown actions by name), subject and reason; the period and action filters; "Visa fler" with the
 * cursor; the 403 in plain words; axe, keyboard only, English and 320 px. One page for the whole file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { entry, json, recordsProblem, serveRecordsApi } from '../../test/support/records-api.mjs';

let server;
let browser;
let page;
let api;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	// A browser in UTC: the days chosen are days on Stockholm's clock all the same, where the times are shown.
	page = await (await browser.newContext({ timezoneId: 'UTC' })).newPage();
	api = await serveRecordsApi(page);
});

after(async () => {
	await browser?.close();
	await server?.close();
});

async function mount(handlers, attributes = {}) {
	for (const key of Object.keys(api.handlers)) delete api.handlers[key];
	Object.assign(api.handlers, handlers);
	api.calls.length = 0;
	await mountElement(page, `${server.url}/`, 'bk-audit-log', { attributes });
}

const widget = () => page.locator('bk-audit-log');
const auditCalls = () => api.calls.filter((call) => call.method === 'GET' && call.path === 'records/audit');
const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

/** Two pages of the trail: the first ends with a cursor, the second (asked for with it) without. */
function pagedTrail() {
	return (call) => (call.query.get('after') === 'cursor-1'
		? json({ items: [entry(3, 'role.given', { at: '2026-12-01T07:00:00Z', subject: 'person:p1 role:hr', actor: null })], next: null })
		: json({ items: [
			entry(5, 'comment.hidden', { reason: 'Personangrepp' }),
			entry(4, 'retention.applied', { at: '2026-12-03T01:00:00Z', actor: null, subject: 'retention-run:7', reason: 'comments=12' }),
		], next: 'cursor-1' }));
}

describe('bk-audit-log', () => {
	test('lists the entries with time, who, the action in words or by name, subject and reason, and pages on with the keyboard', async () => {
		await mount({ 'GET records/audit': pagedTrail() });
		await widget().getByRole('heading', { name: 'Logg över administrativa åtgärder' }).waitFor();
		await widget().locator('[part~="entry"]').first().waitFor();
		const entries = widget().locator('[part~="entry"]');
		assert.deepEqual((await entries.allTextContents()).map(squash), [
			'4 dec. 2026 14:05 – Kommentar dold Av Maria Holm Gäller: comment:b0000000-0000-4000-8000-000000000002 Skäl: Personangrepp',
			'3 dec. 2026 02:00 – retention.applied Av Budkavle självt Gäller: retention-run:7 Skäl: comments=12',
		]);
		assert.equal(squash(await widget().locator('[part~="shown"]').textContent()), '2 händelser visas');
		assert.equal(auditCalls()[0].query.get('limit'), '50');
		assert.equal(auditCalls()[0].query.has('after'), false);
		await assertAxeClean('first page');

		await tabTo(page, 'more-button', 20);
		await page.keyboard.press('Enter');
		await widget().getByRole('status').getByText('1 händelse till visas.').waitFor();
		assert.equal(auditCalls()[1].query.get('after'), 'cursor-1');
		assert.equal(await entries.count(), 3);
		assert.match(squash(await entries.nth(2).textContent()), /^1 dec\. 2026 08:00 – Roll given Av Budkavle självt/);
		assert.equal((await focusedElement(page)).part, 'entry', 'focus moves to the first entry added');
		assert.equal(await widget().locator('[part~="more-button"]').count(), 0, 'no more pages');
	});

	test('filters by period and action chosen by keyboard, and says when nothing matches', async () => {
		await mount({ 'GET records/audit': (call) => (call.query.has('action') ? json({ items: [], next: null }) : pagedTrail()(call)) });
		await widget().locator('[part~="entry"]').first().waitFor();
		// The date fields are native ones reached by Tab; their segments follow the browser's own locale, so they are filled.
		await tabTo(page, 'from-input', 10);
		await widget().locator('#from').fill('2026-12-01');
		await tabTo(page, 'to-input', 5);
		await widget().locator('#to').fill('2026-12-03');
		await tabTo(page, 'action-select', 5);
		await widget().locator('#action').selectOption({ label: 'Roll borttagen' });
		await tabTo(page, 'show-button', 5);
		await page.keyboard.press('Enter');
		await widget().getByText('Inga händelser i loggen för det urvalet.').waitFor();
		const call = auditCalls().at(-1);
		assert.equal(call.query.get('action'), 'role.withdrawn');
		assert.equal(call.query.get('from'), '2026-11-30T23:00:00.000Z', 'the start of 1 December in Stockholm');
		assert.equal(call.query.get('to'), '2026-12-03T23:00:00.000Z', 'the end of 3 December, exclusive');
		assert.equal(await widget().locator('#action').inputValue(), 'role.withdrawn', 'the filter stays shown');

		await widget().locator('#from').fill('2026-12-05');
		await widget().locator('[part~="show-button"]').click();
		await widget().getByRole('alert').getByText('Perioden måste sluta samma dag som den börjar eller senare.').waitFor();
		assert.equal(await auditCalls().at(-1).query.get('from'), '2026-11-30T23:00:00.000Z', 'nothing asked of the hub');
		await assertAxeClean('filtered, with an error');
	});

	test('explains a refusal in plain words and offers to try again', async () => {
		await mount({ 'GET records/audit': () => recordsProblem(403, 'records-forbidden') });
		await widget().getByRole('alert').getByText('Bara registratorer, arkivarier och administratörer kan söka bland allmänna handlingar och läsa loggen.').waitFor();
		await widget().getByRole('button', { name: 'Försök igen' }).waitFor();
		await assertAxeClean('forbidden');
	});

	test('speaks English with English times and fits 320 CSS px without sideways scrolling', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		try {
			await mount({ 'GET records/audit': pagedTrail() }, { lang: 'en' });
			await widget().getByRole('heading', { name: 'Log of administrative actions' }).waitFor();
			await widget().locator('[part~="entry"]').first().waitFor();
			assert.equal(squash(await widget().locator('[part~="entry"]').first().textContent()),
				'4 Dec 2026, 14:05 – Comment hidden By Maria Holm Concerns: comment:b0000000-0000-4000-8000-000000000002 Reason: Personangrepp');
			assert.match(squash(await widget().locator('[part~="entry"]').nth(1).textContent()), /By Budkavle itself/);
			assert.equal(await horizontalOverflow(page), 0);
			await assertAxeClean('English at 320 px');
		} finally {
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});
});
