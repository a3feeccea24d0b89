/**
 * bk-cascade-inbox in Chromium against the budkavle API: the list with states in words and the on-behalf mark, the
 * toolkit opened by keyboard (and the open recorded), passing on with a local post, a workplace meeting or the
 * meeting sheet, a question to the sender, live reloads on `cascade:{id}`, axe, English and 320 px. One page for
 * the whole file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { problem } from '../../test/support/api.mjs';
import { focusedElement, focusOnText, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { CASCADE, NORR, POST, SYD, json, relayItem, relayUnit, serveCascadeApi, toolkit } from '../../test/support/cascade-api.mjs';

let server;
let browser;
let page;
let api;
let hub;

/** The hub's state for this test: the relay box and the toolkit answer from `box`. */
function standardHandlers(box = { items: [relayItem()] }) {
	const kit = () => toolkit({ units: box.items[0]?.units ?? [] });
	return {
		'GET cascades': () => json(box),
		[`GET cascades/${CASCADE}`]: () => json(kit()),
		[`GET cascades/${CASCADE}/questions`]: () => json({ items: [] }),
		[`POST cascades/${CASCADE}/opens`]: () => ({ status: 204, body: '' }),
		'POST posts': () => json({ id: POST, status: 'PUBLISHED', audienceSize: 12 }, 201),
		[`POST cascades/${CASCADE}/relays`]: () => json({ id: 'r1' }, 201),
	};
}

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	hub = await startLiveHub();
	const context = await browser.newContext({ acceptDownloads: true });
	page = await context.newPage();
	api = await serveCascadeApi(page);
});

after(async () => {
	await browser?.close();
	await hub?.close();
	await server?.close();
});

/** Mounts a fresh element with the given handlers; `calls` start empty. */
async function mount(handlers, attributes = {}) {
	for (const key of Object.keys(api.handlers)) delete api.handlers[key];
	Object.assign(api.handlers, handlers);
	api.calls.length = 0;
	await mountElement(page, `${server.url}/`, 'bk-cascade-inbox', { attributes: { live: 'off', ...attributes } });
}

const widget = () => page.locator('bk-cascade-inbox');
const callsTo = (method, path) => api.calls.filter((call) => call.method === method && call.path === path);

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

async function openWithKeyboard() {
	await widget().getByText('Du har 1 budkavle att skicka vidare.').waitFor();
	const open = await tabTo(page, 'open-button');
	assert.equal(open.text, 'Öppna');
	await page.keyboard.press('Enter');
	await widget().getByRole('heading', { name: 'Ny bemanningsplan', level: 3 }).waitFor();
}

describe('bk-cascade-inbox', () => {
	test('lists the budkavlar with each unit\'s state in words and the on-behalf mark, opens one by keyboard, records the open and shows the whole toolkit', async () => {
		await mount(standardHandlers());
		await widget().getByText('Du har 1 budkavle att skicka vidare.').waitFor();
		const units = await widget().locator('[part~="unit"]').allTextContents();
		assert.match(units[0].replace(/\s+/g, ' '), /Hemtjänst Syd ○ Inte öppnad Skicka vidare senast 10 dec\. 2026 17:00/);
		assert.match(units[1].replace(/\s+/g, ' '), /Hemtjänst Norr ! Försenad .* chefen har inte skickat vidare i tid, du gör det i chefens ställe/);
		assert.equal(await widget().locator('.state-icon').first().getAttribute('aria-hidden'), 'true', 'the icon only repeats the words');
		assert.equal(new URL(`http://x/?${callsTo('GET', 'cascades')[0].query}`).searchParams.get('box'), 'relay');
		await assertAxeClean('list');

		await openWithKeyboard();
		assert.equal((await focusOnText(page, 'Ny bemanningsplan')).part, 'toolkit-heading', 'focus moves to the budkavle opened');
		const text = (await widget().locator('[part~="toolkit"]').textContent()).replace(/\s+/g, ' ');
		for (const expected of ['Budskapet', 'Vi ändrar bemanningen i hemtjänsten från januari.', 'Det här ändras', 'Två personal på kvällspassen',
			'Det här ändras inte', 'Ingen blir av med sin tjänst.', 'Det här kan du säga', 'Tryggare kvällar för brukarna',
			'Frågor som kan komma, med svar', 'Får jag behålla mitt schema?', 'Ja, fram till den 1 februari.', 'Det här avgör du själv',
			'Spekulera inte om', 'Löner – de förhandlas i vår.', 'Fråga till gruppen', 'Vad betyder det här för er?']) {
			assert.ok(text.includes(expected), `toolkit shows ${expected}: ${text}`);
		}
		assert.equal(await widget().locator('.message strong').textContent(), 'ändrar', 'the message\'s HTML is rendered');
		assert.equal(await widget().locator('.message script').count(), 0, 'and made safe');
		assert.equal(await page.evaluate(() => window.hacked), undefined);
		await hub.until(() => callsTo('POST', `cascades/${CASCADE}/opens`).length === 1);
		assert.equal(callsTo('POST', `cascades/${CASCADE}/opens`).length, 1, 'the open is recorded');
		await assertAxeClean('toolkit');

		const back = await tabTo(page, 'back-button', 80);
		assert.equal(back.text, 'Tillbaka till budkavlarna');
		await page.keyboard.press('Enter');
		await widget().getByText('Du har 1 budkavle att skicka vidare.').waitFor();
		assert.equal((await focusedElement(page)).part, 'open-button', 'focus returns to the budkavle left');
	});

	test('passes it on with a local post prefilled from the message and the local context, then relays with the post\'s id, never posting twice', async () => {
		const handlers = standardHandlers();
		handlers[`POST cascades/${CASCADE}/relays`] = (call, number) => (number === 1
			? problem(503, 'about:blank', 'Service Unavailable', 'Try again') : json({ id: 'r1' }, 201));
		await mount(handlers);
		await openWithKeyboard();
		const form = widget().locator('[part~="post-form"]');
		assert.equal(await form.getByLabel('Rubrik').inputValue(), 'Ny bemanningsplan');
		assert.equal(await form.getByLabel('Budskapet').inputValue(), 'Vi **ändrar** bemanningen i hemtjänsten från januari.');
		await tabTo(page, 'post-context', 80);
		await page.keyboard.type('Hos oss börjar det med kvällspassen i vecka 2.');
		await tabTo(page, 'post-button', 80);
		await page.keyboard.press('Enter');
		await widget().locator('[part~="post-errors"]').getByText('Något gick fel', { exact: false }).waitFor();
		await assertAxeClean('relay failed');

		await page.keyboard.press('Enter');
		await widget().getByRole('status').getByText('Nyheten är publicerad och budkavlen är skickad vidare till Hemtjänst Syd.').waitFor();
		const posts = callsTo('POST', 'posts');
		assert.equal(posts.length, 1, 'the post published before the failed relay is relayed, not published again');
		assert.deepEqual(posts[0].body.targets, [{ unitId: SYD, includeSubunits: false }]);
		assert.equal(posts[0].body.title, 'Ny bemanningsplan');
		assert.equal(posts[0].body.body, 'Hos oss börjar det med kvällspassen i vecka 2.\n\nVi **ändrar** bemanningen i hemtjänsten från januari.');
		assert.deepEqual(posts[0].body.acknowledgement, { required: false, deadline: null });
		const relays = callsTo('POST', `cascades/${CASCADE}/relays`);
		assert.equal(relays.length, 2);
		assert.deepEqual(relays[1].body, { unitId: SYD, kind: 'POST', postId: POST });
	});

	test('records a workplace meeting for the overdue unit below, chosen by keyboard, after saying what is missing beside the field', async () => {
		await mount(standardHandlers());
		await openWithKeyboard();
		await tabTo(page, 'meeting-button', 80);
		await page.keyboard.press('Enter');
		const participants = widget().getByLabel('Hur många deltog?');
		await widget().locator('[part~="field-error"]').getByText('Ange hur många som deltog, minst 1.').waitFor();
		assert.equal(await participants.getAttribute('aria-invalid'), 'true');
		assert.equal((await focusedElement(page)).part, 'meeting-participants', 'focus goes to the field to fix');
		await page.keyboard.type('8');
		await widget().getByRole('radio', { name: /Hemtjänst Syd/ }).focus();
		await page.keyboard.press('ArrowDown');
		assert.equal(await widget().getByRole('radio', { name: /Hemtjänst Norr – chefen har inte skickat vidare i tid/ }).isChecked(), true);
		await widget().getByLabel('Gruppens frågor').fill('Hur blir det med helgerna?\nFår vi fler vikarier?');
		await widget().getByLabel('Gruppens svar på ”Vad betyder det här för er?”').fill('Positivt, men oro för sjukfrånvaron.');
		await tabTo(page, 'meeting-button', 80);
		await page.keyboard.press('Space');
		await widget().getByRole('status').getByText('Arbetsplatsträffen i Hemtjänst Norr med 8 deltagare är sparad.').waitFor();
		const [relay] = callsTo('POST', `cascades/${CASCADE}/relays`);
		assert.equal(relay.body.unitId, NORR);
		assert.equal(relay.body.kind, 'MEETING');
		assert.equal(relay.body.meeting.participants, 8);
		assert.match(relay.body.meeting.date, /^\d{4}-\d{2}-\d{2}$/);
		assert.equal(relay.body.meeting.questions, 'Hur blir det med helgerna?\nFår vi fler vikarier?');
		assert.equal(relay.body.meeting.feedback, 'Positivt, men oro för sjukfrånvaron.');
		await assertAxeClean('meeting saved');
	});

	test('downloads the meeting sheet as a PDF for the unit, asks the sender a question, and says when the unit is not the viewer\'s', async () => {
		const handlers = standardHandlers();
		const questions = [];
		handlers[`GET cascades/${CASCADE}/sheet`] = () => ({ status: 200, contentType: 'application/pdf', body: '%PDF-1.7\n%%EOF\n',
			headers: { 'content-disposition': 'attachment; filename="motesunderlag-hemtjanst-syd.pdf"' } });
		handlers[`GET cascades/${CASCADE}/questions`] = () => json({ items: questions });
		handlers[`POST cascades/${CASCADE}/questions`] = (call) => {
			questions.push({ id: 'q1', author: { name: 'Sara Lind' }, body: call.body.body, at: '2026-12-05T09:00:00Z', answer: null });
			return json({ id: 'q1' }, 201);
		};
		handlers[`POST cascades/${CASCADE}/relays`] = () => problem(403, 'cascade-unit-not-yours', 'Forbidden', 'Not yours');
		await mount(handlers);
		await openWithKeyboard();

		await tabTo(page, 'sheet-button', 80);
		const download = page.waitForEvent('download');
		await page.keyboard.press('Enter');
		assert.equal((await download).suggestedFilename(), 'motesunderlag-hemtjanst-syd.pdf');
		await widget().getByRole('status').getByText('Mötesunderlaget motesunderlag-hemtjanst-syd.pdf är nedladdat.').waitFor();
		const [sheet] = callsTo('GET', `cascades/${CASCADE}/sheet`);
		assert.equal(sheet.query.get('unitId'), SYD);
		assert.match(sheet.accept, /application\/pdf/);

		await tabTo(page, 'ask-input', 80);
		await page.keyboard.type('Gäller det även nattpatrullen?');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await widget().getByRole('status').getByText('Frågan är skickad. Alla chefer i budkavlen ser den.').waitFor();
		await widget().locator('[part~="thread-item"]').getByText('Gäller det även nattpatrullen?').waitFor();
		assert.deepEqual(callsTo('POST', `cascades/${CASCADE}/questions`)[0].body, { body: 'Gäller det även nattpatrullen?' });

		await widget().getByLabel('Hur många deltog?').fill('5');
		await widget().getByRole('button', { name: 'Spara arbetsplatsträffen' }).click();
		await widget().locator('[part~="meeting-errors"]').getByText('Du kan inte skicka vidare till den här enheten.').waitFor();
		await assertAxeClean('forbidden and asked');
	});

	test('reloads the list when a manager acts elsewhere (cascade.relayed on the budkavle\'s topic)', async () => {
		const box = { items: [relayItem()] };
		const handlers = standardHandlers(box);
		await mount(handlers, { live: '', hub: hub.url });
		await widget().getByText('Du har 1 budkavle att skicka vidare.').waitFor();
		await hub.until(() => hub.subscriptions.includes(`cascade:${CASCADE}`));
		box.items = [relayItem({ units: [relayUnit(SYD, 'Hemtjänst Syd', 'RELAYED'), relayUnit(NORR, 'Hemtjänst Norr', 'OVERDUE', true)] })];
		hub.publish(`cascade:${CASCADE}`, 'cascade.relayed', { cascadeId: CASCADE, unitId: SYD, state: 'RELAYED' });
		await widget().locator('[part~="unit"]').first().getByText('Skickad vidare').waitFor();
		assert.equal(callsTo('GET', 'cascades').length, 2);
	});

	test('speaks English, says when a budkavle is gone, and fits 320 CSS px without sideways scrolling', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		const long = 'Individ- och familjeomsorgsavdelningensmottagningsenhetförvuxna';
		const box = { items: [relayItem({ title: 'Ny bemanningsplan för hemtjänstens kvälls- och nattpatruller i hela stadsdelen',
			units: [relayUnit(SYD, long, 'OPENED'), relayUnit(NORR, 'Hemtjänst Norr', 'OVERDUE', true)] })] };
		const handlers = standardHandlers(box);
		await mount(handlers, { lang: 'en' });
		await widget().getByText('You have 1 cascade to pass on.').waitFor();
		assert.equal(await horizontalOverflow(page), 0, 'list');
		await widget().getByRole('button', { name: /^Open the cascade “Ny bemanningsplan/ }).click();
		await widget().getByRole('heading', { name: 'Pass it on' }).waitFor();
		await widget().getByText('Publish a post to the unit').waitFor();
		assert.equal(await horizontalOverflow(page), 0, 'toolkit');
		await assertAxeClean('English at 320 px');

		api.handlers[`GET cascades/${CASCADE}`] = () => problem(404, 'cascade-not-found', 'Not Found', 'No such cascade');
		await page.evaluate(() => { document.querySelector('bk-cascade-inbox').token = 'someone-else'; });
		await widget().getByText('You have 1 cascade to pass on.').waitFor();
		assert.equal(await widget().locator('[part~="toolkit"]').count(), 0, 'a new sign-in closes the budkavle opened');
		await widget().getByRole('button', { name: /^Open the cascade/ }).click();
		await widget().locator('[part~="list-errors"]').getByText('The cascade does not exist, or it is not for you.').waitFor();
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
