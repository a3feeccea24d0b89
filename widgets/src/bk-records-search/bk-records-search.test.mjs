/**
 * bk-records-search in Chromium against the records API: searching by words, period, unit and kind; the records with
 * their kind, state in words (hidden, deleted and withdrawn ones flagged), author and time; "Visa fler" with the
 * cursor; choosing records by keyboard, making a disclosure package and downloading it as PDF and JSON; the register
 * extract for an author found or an id; problems in plain words; axe, English and 320 px. One page for the whole file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import {
	AHMED, ALDRE, DELETED, DISCLOSURE, HIDDEN, found, json, recordsProblem, registratorMe, serveRecordsApi, units,
} from '../../test/support/records-api.mjs';

let server;
let browser;
let page;
let api;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	page = await (await browser.newContext({ acceptDownloads: true, timezoneId: 'UTC' })).newPage();
	api = await serveRecordsApi(page);
});

after(async () => {
	await browser?.close();
	await server?.close();
});

/** The registrator's hub: her `me`, the org chart, and a search answering two pages (the second after `page-2`). */
function hubHandlers(overrides = {}) {
	const chart = units();
	const handlers = { 'GET me': () => json(registratorMe()),
		'GET records/search': (call) => (call.query.get('after') === 'page-2'
			? json({ items: found().slice(2), next: null })
			: json({ items: found().slice(0, 2), next: 'page-2' })) };
	for (const [id, unit] of Object.entries(chart)) handlers[`GET units/${id}`] = () => json(unit);
	return { ...handlers, ...overrides };
}

async function mount(handlers = hubHandlers(), attributes = {}) {
	for (const key of Object.keys(api.handlers)) delete api.handlers[key];
	Object.assign(api.handlers, handlers);
	api.calls.length = 0;
	await mountElement(page, `${server.url}/`, 'bk-records-search', { attributes });
	await widget().locator('[part~="search-button"]').waitFor();
}

const widget = () => page.locator('bk-records-search');
const callsTo = (method, path) => api.calls.filter((call) => call.method === method && call.path === path);
const squash = (text) => text.replace(/\s+/g, ' ').trim();

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

describe('bk-records-search', () => {
	test('searches by words, period, unit and kind, marks hidden and deleted records in words, and pages on', async () => {
		await mount();
		assert.equal(callsTo('GET', 'records/search').length, 0, 'no search, and so no audit entry, before one is asked for');
		assert.deepEqual(await widget().locator('#unit option').allTextContents(),
			['Alla enheter du ansvarar för', 'Hägersten-Älvsjö', 'Äldreomsorg']);
		await widget().locator('#text').fill('nycklar');
		await widget().locator('#from').fill('2026-12-01');
		await widget().locator('#to').fill('2026-12-04');
		await widget().locator('#unit').selectOption({ label: 'Äldreomsorg' });
		await widget().getByRole('checkbox', { name: 'Svar' }).uncheck();
		await widget().getByRole('button', { name: 'Sök' }).click();
		await widget().getByRole('heading', { name: 'Träffar' }).waitFor();
		const [search] = callsTo('GET', 'records/search');
		assert.equal(search.query.get('text'), 'nycklar');
		assert.equal(search.query.get('from'), '2026-11-30T23:00:00.000Z');
		assert.equal(search.query.get('to'), '2026-12-04T23:00:00.000Z');
		assert.equal(search.query.get('unitId'), ALDRE);
		assert.equal(search.query.get('types'), 'post,comment,question');
		assert.equal(search.query.get('limit'), '20');
		assert.equal((await focusedElement(page)).part, 'section-heading', 'focus moves to the results');

		const records = widget().locator('[part~="record"]');
		assert.deepEqual((await records.allTextContents()).map(squash), [
			'Det här är inte okej. Kommentar · ! Läge: Dold av moderator Skriven av Ahmed Hassan · 4 dec. 2026 11:00 Registerutdrag för Ahmed Hassan',
			'Fel tråd, förlåt. Kommentar · ! Läge: Raderad av den som skrev Skriven av Ahmed Hassan · 4 dec. 2026 10:00 · 2 versioner Registerutdrag för Ahmed Hassan',
		]);
		assert.equal(await widget().locator('[part~="record-flagged"]').count(), 2, 'hidden and deleted comments are flagged');
		assert.equal(squash(await widget().locator('[part~="found"]').textContent()), '2 handlingar visas, det finns fler.');

		await widget().getByRole('button', { name: 'Visa fler' }).click();
		await widget().getByRole('status').getByText('2 handlingar till visas.').waitFor();
		assert.equal(callsTo('GET', 'records/search')[1].query.get('after'), 'page-2');
		assert.equal(callsTo('GET', 'records/search')[1].query.get('text'), 'nycklar', 'the next page is of the same search');
		assert.deepEqual((await records.allTextContents()).slice(2).map(squash), [
			'Nya rutiner för nycklar Nyhet · Läge: Publicerad Från måndag hämtas nycklarna i receptionen. Skriven av Maria Holm · 3 dec. 2026 09:00 · 2 versioner Registerutdrag för Maria Holm',
			'Gäller det helger? Fråga · Läge: Obesvarad Gäller det helger också? Anonym fråga: vem som frågade sparas inte · 2 dec. 2026 09:00',
		]);
		assert.equal((await focusedElement(page)).part, 'select-checkbox', 'focus moves to the first record added');
		assert.equal(await widget().getByRole('button', { name: 'Visa fler' }).count(), 0);
		await assertAxeClean('results');
	});

	test('chooses records with the keyboard, makes a disclosure package and downloads it as PDF and JSON', async () => {
		await mount(hubHandlers({
			'POST records/disclosures': () => json({ id: DISCLOSURE }, 201),
			[`GET records/disclosures/${DISCLOSURE}`]: (call) => (call.query.get('format') === 'pdf'
				? { status: 200, contentType: 'application/pdf', body: '%PDF-1.7\n', headers: { 'content-disposition': `attachment; filename="utlamnande-${DISCLOSURE}.pdf"` } }
				: json({ id: DISCLOSURE, items: [] })),
		}));
		await tabTo(page, 'search-button', 20);
		await page.keyboard.press('Enter');
		await widget().getByRole('heading', { name: 'Träffar' }).waitFor();
		await tabTo(page, 'select-checkbox', 5);
		await page.keyboard.press('Space');
		await tabTo(page, 'select-checkbox', 5);
		await page.keyboard.press('Space');
		await widget().getByText('2 handlingar valda.').waitFor();
		await tabTo(page, 'reference-input', 10);
		await page.keyboard.type('KS 2026/123');
		await tabTo(page, 'create-button', 3);
		await page.keyboard.press('Enter');
		await widget().getByRole('heading', { name: 'Utlämningspaket' }).waitFor();
		assert.deepEqual(callsTo('POST', 'records/disclosures')[0].body,
			{ items: [{ type: 'comment', id: HIDDEN }, { type: 'comment', id: DELETED }], reference: 'KS 2026/123' });
		await widget().getByText('Utlämningspaketet är skapat med 2 handlingar.', { exact: false }).waitFor();
		assert.equal((await focusedElement(page)).part, 'package-heading');
		await widget().getByText('Inga handlingar valda.').waitFor();

		await tabTo(page, 'pdf-button', 5);
		const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		assert.equal(pdf.suggestedFilename(), `utlamnande-${DISCLOSURE}.pdf`);
		await widget().getByRole('status').getByText(`Filen utlamnande-${DISCLOSURE}.pdf är nedladdad.`).waitFor();
		await tabTo(page, 'json-button', 3);
		const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
		assert.equal(file.suggestedFilename(), `utlamnande-${DISCLOSURE}.json`, 'named by the widget when the hub gives no name');
		const formats = callsTo('GET', `records/disclosures/${DISCLOSURE}`).map((call) => [call.query.get('format'), call.accept]);
		assert.deepEqual(formats.map(([format]) => format), ['pdf', 'json']);
		assert.match(formats[0][1], /application\/pdf/);
		await assertAxeClean('package made');
	});

	test('says in plain words what is wrong: no record chosen, no kind, a record gone, a person not found', async () => {
		await mount(hubHandlers({
			'POST records/disclosures': () => recordsProblem(400, 'invalid-records-request', [{ field: 'items[0]', message: 'there is no comment' }]),
			[`GET records/people/${AHMED}/extract`]: () => recordsProblem(404, 'person-not-found'),
		}));
		await widget().getByRole('button', { name: 'Skapa utlämningspaket' }).click();
		await widget().getByRole('alert').getByText('Välj minst en handling att lämna ut.').waitFor();
		assert.equal(callsTo('POST', 'records/disclosures').length, 0);

		for (const name of ['Nyheter', 'Kommentarer', 'Frågor', 'Svar']) await widget().getByRole('checkbox', { name }).uncheck();
		await widget().getByRole('button', { name: 'Sök' }).click();
		await widget().getByRole('alert').getByText('Välj minst en sorts handling.').waitFor();
		assert.equal(callsTo('GET', 'records/search').length, 0);
		await widget().getByRole('checkbox', { name: 'Kommentarer' }).check();
		await widget().getByRole('button', { name: 'Sök' }).click();
		await widget().getByRole('checkbox', { name: 'Det här är inte okej.' }).check();
		await widget().getByRole('button', { name: 'Skapa utlämningspaket' }).click();
		await widget().getByRole('alert').getByText('En av de valda handlingarna finns inte längre inom ditt ansvarsområde. Sök igen och välj på nytt.').waitFor();

		await widget().getByRole('button', { name: 'Registerutdrag för Ahmed Hassan' }).first().click();
		assert.equal(await widget().locator('#person').inputValue(), AHMED);
		assert.equal((await focusedElement(page)).part, 'person-input', 'focus moves to the person chosen');
		await widget().getByText('Vald: Ahmed Hassan').waitFor();
		await widget().locator('[part~="extract-downloads"] [part~="pdf-button"]').click();
		await widget().getByRole('alert').getByText('Det finns ingen person med det id:t inom ditt ansvarsområde.').waitFor();

		await widget().locator('#person').fill('inte ett id');
		await widget().locator('[part~="extract-downloads"] [part~="json-button"]').click();
		await widget().getByRole('alert').getByText('Ange personens id', { exact: false }).waitFor();
		assert.equal(callsTo('GET', `records/people/${AHMED}/extract`).length, 1, 'an id that is none is not sent');
		await assertAxeClean('errors shown');
	});

	test('makes a register extract by id, speaks English and fits 320 CSS px without sideways scrolling', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		try {
			await mount(hubHandlers({
				'GET records/search': () => json({ items: found(), next: null }),
				[`GET records/people/${AHMED}/extract`]: (call) => (call.query.get('format') === 'pdf'
					? { status: 200, contentType: 'application/pdf', body: '%PDF-1.7\n', headers: { 'content-disposition': `attachment; filename="registerutdrag-${AHMED}.pdf"` } }
					: json({ person: { id: AHMED } })),
			}), { lang: 'en' });
			await widget().getByRole('heading', { name: 'Search official records' }).waitFor();
			await widget().getByRole('button', { name: 'Search' }).click();
			await widget().getByText('4 records shown').waitFor();
			assert.match(squash(await widget().locator('[part~="record"]').first().textContent()),
				/Comment · ! State: Hidden by a moderator Written by Ahmed Hassan · 4 Dec 2026, 11:00/);
			assert.match(squash(await widget().locator('[part~="record"]').last().textContent()), /Anonymous question: who asked is not stored/);
			await widget().locator('#person').fill(AHMED);
			const [pdf] = await Promise.all([page.waitForEvent('download'),
				widget().locator('[part~="extract-downloads"] [part~="pdf-button"]').click()]);
			assert.equal(pdf.suggestedFilename(), `registerutdrag-${AHMED}.pdf`);
			await widget().getByRole('status').getByText(`The file registerutdrag-${AHMED}.pdf is downloaded.`).waitFor();
			assert.equal(await horizontalOverflow(page), 0);
			await assertAxeClean('English at 320 px');
		} finally {
			await page.setViewportSize({ width: 1280, height: 720 });
		}
	});
});
