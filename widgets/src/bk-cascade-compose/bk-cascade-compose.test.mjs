/**
 * bk-cascade-compose in Chromium against the budkavle API: every field of the contract sent, units picked by keyboard
 * in the tree of the units the viewer may reach, mode and deadline per level or overall, the hub's field errors beside
 * their fields, the confirmation on 201, axe, English and 320 px. One page for the whole file.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { startServer } from '../../test/support/server.mjs';
import { problem } from '../../test/support/api.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { AVDELNING, CASCADE, FORVALTNING, NORR, SYD, json, serveCascadeApi } from '../../test/support/cascade-api.mjs';

const TARGETS = {
	items: [
		{ unitId: FORVALTNING, name: 'Hägersten-Älvsjö', kind: 'ADMINISTRATION', parentId: null, depth: 1 },
		{ unitId: AVDELNING, name: 'Äldreomsorgsavdelningen', kind: 'DEPARTMENT', parentId: FORVALTNING, depth: 2 },
		{ unitId: SYD, name: 'Hemtjänst Syd', kind: 'UNIT', parentId: AVDELNING, depth: 3 },
		{ unitId: NORR, name: 'Hemtjänst Norr', kind: 'UNIT', parentId: AVDELNING, depth: 3 },
	],
};

const READABILITY = { lix: 32, level: 'EASY', words: 12, sentences: 2, longWords: 2, longSentences: [], flaggedWords: [] };

let server;
let browser;
let page;
let api;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	page = await (await browser.newContext()).newPage();
	api = await serveCascadeApi(page);
});

after(async () => {
	await browser?.close();
	await server?.close();
});

async function mount(handlers, attributes = {}) {
	for (const key of Object.keys(api.handlers)) delete api.handlers[key];
	Object.assign(api.handlers, {
		'GET posts/targets': () => json(TARGETS),
		'POST language/readability': () => json(READABILITY),
		'POST cascades': () => json({ id: CASCADE }, 201),
		...handlers,
	});
	api.calls.length = 0;
	await mountElement(page, `${server.url}/`, 'bk-cascade-compose', { attributes: { 'readability-delay': '50', ...attributes } });
	await widget().locator('form').or(widget().locator('[part~="no-targets"]')).waitFor();
}

const widget = () => page.locator('bk-cascade-compose');
const sent = () => api.calls.filter((call) => call.method === 'POST' && call.path === 'cascades');

async function assertAxeClean(state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

async function fillTexts() {
	await widget().getByLabel('Rubrik').fill('Ny bemanningsplan');
	await widget().getByLabel('Budskapet').fill('Vi ändrar bemanningen i hemtjänsten. Det börjar i januari.');
	await widget().getByLabel('Det här ändras', { exact: true }).fill('Två personal på kvällspassen.');
	await widget().getByLabel('Det här ändras inte').fill('Ingen blir av med sin tjänst.');
	await widget().getByLabel('Det här kan cheferna säga').fill('- Tryggare kvällar\n\nSchemat läggs om i december\n');
	await widget().getByLabel('Fråga 1', { exact: true }).fill('Får jag behålla mitt schema?');
	await widget().getByLabel('Svar på fråga 1').fill('Ja, fram till februari.');
	await widget().getByLabel('Det här avgör varje chef själv').fill('Hur ni fördelar passen.');
	await widget().getByLabel('Spekulera inte om').fill('Löner.');
}

describe('bk-cascade-compose', () => {
	test('sends every field of a budkavle with units picked by keyboard in the tree and confirms it in words', async () => {
		await mount();
		await assertAxeClean('empty form');
		await fillTexts();
		await widget().getByText('lätt att läsa', { exact: false }).first().waitFor();
		const tree = await tabTo(page, 'unit', 60);
		assert.equal(tree.text.replace(/\s+/g, ' ').includes('Hägersten-Älvsjö'), true);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		assert.equal(await widget().getByRole('treeitem', { name: 'Hemtjänst Syd' }).getAttribute('aria-checked'), 'true');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await widget().getByText('2 valda: Hemtjänst Syd, Hemtjänst Norr').waitFor();
		await assertAxeClean('filled');
		await tabTo(page, 'submit-button', 60);
		await page.keyboard.press('Enter');

		const confirmation = widget().locator('[part~="confirmation"]');
		await confirmation.getByText('Budkavlen ”Ny bemanningsplan” är startad.').waitFor();
		assert.equal((await focusedElement(page)).part, 'confirmation', 'focus goes to the confirmation');
		assert.deepEqual(sent()[0].body, {
			title: 'Ny bemanningsplan', message: 'Vi ändrar bemanningen i hemtjänsten. Det börjar i januari.',
			changes: 'Två personal på kvällspassen.', unchanged: 'Ingen blir av med sin tjänst.',
			localJudgement: 'Hur ni fördelar passen.', doNotSay: 'Löner.',
			talkingPoints: ['Tryggare kvällar', 'Schemat läggs om i december'],
			questions: [{ question: 'Får jag behålla mitt schema?', answer: 'Ja, fram till februari.' }],
			feedbackQuestion: 'Vad betyder det här för er?', targets: [{ unitId: SYD }, { unitId: NORR }],
			mode: 'LEVEL_BY_LEVEL', levelDeadline: 3, deadline: null,
		});
		await assertAxeClean('confirmed');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		assert.equal(await widget().getByLabel('Rubrik').inputValue(), '', 'another budkavle starts empty');
	});

	test('sends all at once with one deadline and no feedback question, questions added and removed by keyboard', async () => {
		await mount();
		await fillTexts();
		await tabTo(page, 'add-question', 60);
		await page.keyboard.press('Enter');
		assert.equal((await focusedElement(page)).part, 'question-input', 'focus goes to the new question');
		await page.keyboard.type('Vem ringer jag?');
		await widget().getByRole('button', { name: 'Ta bort fråga 1' }).focus();
		await page.keyboard.press('Enter');
		assert.equal(await widget().getByLabel('Fråga 1', { exact: true }).inputValue(), 'Vem ringer jag?');
		await widget().getByLabel('Ställ en fråga till grupperna och få svaren tillbaka').uncheck();
		await widget().getByRole('treeitem', { name: 'Äldreomsorgsavdelningen' }).click();
		await widget().getByLabel('Till alla chefer på en gång').check();
		await widget().getByLabel('En sista dag för alla').check();
		await widget().getByLabel('Skicka vidare senast').fill('2026-12-18T16:00');
		await widget().getByRole('button', { name: 'Starta budkavlen' }).click();
		await widget().locator('[part~="confirmation"]').waitFor();
		const body = sent()[0].body;
		assert.deepEqual(body.questions, [{ question: 'Vem ringer jag?', answer: '' }]);
		assert.equal(body.feedbackQuestion, null);
		assert.deepEqual(body.targets, [{ unitId: AVDELNING }]);
		assert.equal(body.mode, 'ALL_AT_ONCE');
		assert.equal(body.levelDeadline, null);
		assert.equal(body.deadline, new Date('2026-12-18T16:00').toISOString());
	});

	test('shows the hub\'s field errors beside their fields, focus on the first, and says when starting one is not allowed', async () => {
		await mount({
			'POST cascades': (call, number) => (number === 1 ? {
				status: 400, contentType: 'application/problem+json', body: JSON.stringify({
					type: 'urn:budkavle:problem:invalid-cascade', status: 400, title: 'Invalid cascade', detail: 'Invalid cascade',
					errors: [{ field: 'title', message: 'A title is required.' }, { field: 'targets', message: 'At least one unit, each with a unitId.' },
						{ field: 'levelDeadline', message: 'Between 1 and 30 working days.' }, { field: 'changes', message: 'Too long.' }] }),
			} : problem(403, 'cascade-not-allowed', 'Forbidden', 'Not allowed')),
		});
		await widget().getByLabel('Arbetsdagar per nivå', { exact: true }).fill('45');
		await tabTo(page, 'submit-button', 60);
		await page.keyboard.press('Enter');
		await widget().locator('#title-error').getByText('Skriv en rubrik, högst 200 tecken.').waitFor();
		assert.equal(await widget().getByLabel('Rubrik').getAttribute('aria-invalid'), 'true');
		assert.equal(await widget().getByLabel('Rubrik').getAttribute('aria-describedby'), 'title-error');
		assert.equal(await widget().locator('#targets-error').textContent(), 'Välj minst en enhet som budkavlen ska gå till.');
		assert.equal(await widget().locator('#levelDeadline-error').textContent(), 'Ange 1–30 arbetsdagar per nivå, eller välj en sista dag för alla.');
		assert.equal(await widget().locator('#changes-error').textContent(), 'Too long.', 'a field without words of its own keeps the hub\'s');
		assert.equal(await widget().getByLabel('Arbetsdagar per nivå', { exact: true }).getAttribute('aria-invalid'), 'true');
		assert.equal((await focusedElement(page)).part, 'title-input', 'focus goes to the first field to fix');
		assert.equal(sent()[0].body.levelDeadline, 45);
		await assertAxeClean('field errors');

		await widget().getByRole('button', { name: 'Starta budkavlen' }).click();
		await widget().locator('[part~="error-summary"]').getByText('Du kan inte starta en budkavle för de valda enheterna.').waitFor();
	});

	test('speaks English, tells someone with no units they cannot start one, and fits 320 CSS px', async () => {
		await page.setViewportSize({ width: 320, height: 640 });
		await mount({ 'GET posts/targets': () => json({ items: [...TARGETS.items,
			{ unitId: 'c0000000-0000-4000-8000-0000000000ff', name: 'Individ- och familjeomsorgsavdelningensmottagningsenhetförvuxna', kind: 'UNIT', parentId: AVDELNING, depth: 3 }] }) },
		{ lang: 'en' });
		await widget().getByRole('heading', { name: 'Start a cascade' }).waitFor();
		await widget().getByText('Level by level: each manager passes it on to the managers below').waitFor();
		assert.equal(await widget().getByLabel('Question for the teams').inputValue(), 'What does this mean for you?');
		assert.equal(await horizontalOverflow(page), 0);
		await assertAxeClean('English at 320 px');

		await mount({ 'GET posts/targets': () => problem(403, 'forbidden', 'Forbidden', 'No') });
		await widget().getByText('Du kan inte starta en budkavle: du är inte chef', { exact: false }).waitFor();
		assert.equal(await widget().locator('form').count(), 0, 'no form to fill in vain');
		await page.setViewportSize({ width: 1280, height: 720 });
	});
});
