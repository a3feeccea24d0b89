import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi } from '../../test/support/api.mjs';

const TARGETS = '**/api/v1/posts/targets';
const POSTS = '**/api/v1/posts';
const READABILITY = '**/api/v1/language/readability';
const AUDIENCE = '**/api/v1/posts/audience-count';
const PREVIEW = '**/api/v1/posts/preview';

const ALDRE = '0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9';
const SYD = '1b2c3d4e-5f60-4172-93a4-b5c6d7e8f9a0';
const TEAM = '2c3d4e5f-6071-4283-a4b5-c6d7e8f9a0b1';

/** GET /api/v1/posts/targets for the avdelning manager: their avdelning and the units below it. */
const targets = Object.freeze({
	items: [
		{ unitId: ALDRE, name: 'Äldreomsorg', kind: 'DEPARTMENT', parentId: null, depth: 2 },
		{ unitId: SYD, name: 'Hemtjänst Syd', kind: 'UNIT', parentId: ALDRE, depth: 3 },
		{ unitId: TEAM, name: 'Arbetsgrupp A', kind: 'TEAM', parentId: SYD, depth: 4 },
	],
});

const LONG_SENTENCE = 'Med anledning av de förändringar som har genomförts i verksamheten under hösten ber vi alla medarbetare '
	+ 'att noga läsa igenom de nya rutinerna innan nästa arbetspass börjar på måndag.';

/** POST /api/v1/language/readability for a text with one long sentence and two bureaucratic words. */
const readability = Object.freeze({
	lix: 42.4,
	level: 'MEDIUM',
	words: 40,
	sentences: 2,
	longWords: 12,
	longSentences: [{ text: LONG_SENTENCE, words: 30 }],
	flaggedWords: [
		{ word: 'erhålla', count: 1, suggestion: 'få', found: ['erhåller'] },
		{ word: 'med anledning av', count: 1, suggestion: 'på grund av, eftersom', found: ['Med anledning av'] },
	],
});

const created = Object.freeze({ id: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a', version: 1, status: 'PUBLISHED', audienceSize: 12 });

function invalid(errors) {
	return {
		status: 422,
		contentType: 'application/problem+json',
		body: JSON.stringify({ type: 'urn:budkavle:problem:invalid-request', title: 'Invalid request', status: 422, detail: 'Some fields are not valid', errors }),
	};
}

let server;
let browser;
let filePage;

before(async () => {
	server = await startServer();
	browser = await launchChromium();
	filePage = pagePerFile(browser, { timezoneId: 'Europe/Stockholm' });
});

after(async () => {
	await filePage?.close();
	await browser?.close();
	await server?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

/** Serves the targets, records every POST /posts body and answers readability checks, counts and previews; returns the recorded calls. */
async function stubApi(page, {
	targetsAnswer = () => json(targets), postAnswer = () => json(created, 201), readabilityAnswer = () => json(readability),
	audienceAnswer = () => json({ people: 12 }), previewAnswer = () => json({ html: '<p>Förhandsgranskad</p>' }),
} = {}) {
	const posted = [];
	const checked = [];
	const counted = [];
	const previewed = [];
	await serveApi(page, AUDIENCE, (request, call) => {
		counted.push(request.postDataJSON());
		return audienceAnswer(request, call);
	});
	await serveApi(page, PREVIEW, (request, call) => {
		previewed.push(request.postDataJSON());
		return previewAnswer(request, call);
	});
	await serveApi(page, TARGETS, targetsAnswer);
	await serveApi(page, POSTS, (request, call) => {
		posted.push({ body: request.postDataJSON(), authorization: request.headers().authorization });
		return postAnswer(request, call);
	});
	await serveApi(page, READABILITY, (request, call) => {
		checked.push(request.postDataJSON());
		return readabilityAnswer(request, call);
	});
	return { posted, checked, counted, previewed };
}

async function mount(page, { attributes = {}, token = 'manager-token' } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-compose'));
	await page.evaluate(({ attributes, token }) => {
		window.published = [];
		document.addEventListener('bk-post-published', (event) => window.published.push({
			bubbles: event.bubbles, composed: event.composed, detail: event.detail,
		}));
		const element = document.createElement('bk-compose');
		element.setAttribute('readability-delay', '50');
		element.setAttribute('count-delay', '20');
		for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
		element.token = () => token;
		document.getElementById('host').append(element);
	}, { attributes, token });
}

function focusedElement(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		const style = getComputedStyle(active);
		return { id: active.id, part: active.getAttribute('part'), outlineStyle: style.outlineStyle };
	});
}

/** Presses Tab until the focused element has the given id; fails after 30 presses. */
async function tabTo(page, id) {
	for (let presses = 0; presses < 30; presses++) {
		await page.keyboard.press('Tab');
		const focused = await focusedElement(page);
		if (focused.id === id) {
			assert.equal(focused.outlineStyle, 'solid', `focus on #${id} is visible`);
			return;
		}
	}
	assert.fail(`#${id} cannot be reached with Tab`);
}

async function assertNoAxeViolations(page, when) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${when}: ${formatViolations(violations)}`);
}

/** The unit tree's item for a unit, by its exact name. */
function unit(page, name) {
	return page.getByRole('treeitem', { name, exact: true });
}

async function fillMinimalPost(page) {
	await unit(page, 'Hemtjänst Syd').click();
	await page.getByRole('textbox', { name: /Rubrik/ }).fill('Nya nycklar');
	await page.getByRole('textbox', { name: /^Text/ }).fill('Hämta din nyckel i receptionen.');
}

describe('bk-compose', () => {
	test('has no WCAG 2.1 AA violations while loading, with the form and readability, with errors and after publishing', async () => {
		const page = await newPage();
		const answer = deferred();
		let postCall = 0;
		await stubApi(page, {
			targetsAnswer: async () => (await answer.promise, json(targets)),
			postAnswer: () => (++postCall === 1 ? invalid([{ field: 'title', message: 'Rubriken är för lång' }]) : json(created, 201)),
		});
		await mount(page);

		await page.getByRole('status').getByText('Hämtar enheterna du kan skriva till…').waitFor();
		await assertNoAxeViolations(page, 'loading');
		answer.resolve();
		await unit(page, 'Äldreomsorg').waitFor();
		await assertNoAxeViolations(page, 'form');
		await fillMinimalPost(page);
		await page.getByText('LIX 42: medelsvår').waitFor();
		await assertNoAxeViolations(page, 'with readability');
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('alert').waitFor();
		await assertNoAxeViolations(page, 'with field errors');
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('status').getByText('Nyheten är publicerad och når 12 personer.').waitFor();
		await assertNoAxeViolations(page, 'published');
	});

	test('can be filled in and published with the keyboard alone, and says so in role=status', async () => {
		const page = await newPage();
		const { posted } = await stubApi(page);
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();

		await tabTo(page, `unit-${ALDRE}`);
		await page.keyboard.press('ArrowDown');
		assert.equal((await focusedElement(page)).id, `unit-${SYD}`, 'the arrow keys move within the tree');
		await page.keyboard.press('Space');
		await tabTo(page, `chosen-${SYD}-subunits`);
		await page.keyboard.press('Space');
		await tabTo(page, 'title');
		await page.keyboard.type('Nya nycklar');
		await tabTo(page, 'body');
		await page.keyboard.type('Hämta din nyckel i receptionen.');
		await tabTo(page, 'priority-NORMAL');
		await page.keyboard.press('ArrowRight');
		await tabTo(page, 'acknowledgementRequired');
		await page.keyboard.press('Space');
		await tabTo(page, 'deadline');
		await tabTo(page, 'expiresAt');
		await tabTo(page, 'submit');
		await page.keyboard.press('Enter');

		await page.getByRole('status').getByText('Nyheten är publicerad och når 12 personer.').waitFor();
		assert.deepEqual(posted, [{
			authorization: 'Bearer manager-token',
			body: {
				title: 'Nya nycklar',
				body: 'Hämta din nyckel i receptionen.',
				priority: 'IMPORTANT',
				language: 'sv',
				commentsEnabled: true,
				publishAt: null,
				expiresAt: null,
				targets: [{ unitId: SYD, includeSubunits: false }],
				acknowledgement: { required: true, deadline: null },
			},
		}]);
		assert.deepEqual(await page.evaluate(() => window.published), [
			{ bubbles: true, composed: true, detail: { id: created.id, status: 'PUBLISHED' } },
		]);
		assert.equal(await page.getByRole('textbox', { name: /Rubrik/ }).inputValue(), '', 'the form is ready for the next post');
	});

	test('schedules a post with publishAt, deadline and expiry as instants', async () => {
		const page = await newPage();
		const { posted } = await stubApi(page, { postAnswer: () => json({ ...created, status: 'SCHEDULED', audienceSize: 0 }, 201) });
		await mount(page);
		await unit(page, 'Äldreomsorg').click();
		await page.getByRole('textbox', { name: /Rubrik/ }).fill('Julfest');
		await page.getByRole('textbox', { name: /^Text/ }).fill('Välkomna på julfest.');
		await page.getByRole('checkbox', { name: /Be mottagarna kvittera/ }).check();
		await page.getByLabel('Kvittera senast').fill('2026-12-18T12:00');
		await page.getByLabel('Publicera vid en senare tidpunkt').fill('2026-12-10T08:00');
		await page.getByLabel('Visa nyheten till och med').fill('2026-12-24T00:00');

		await page.getByRole('button', { name: 'Schemalägg' }).click();
		await page.getByRole('status').getByText('Nyheten är schemalagd').waitFor();
		const body = posted[0].body;
		assert.deepEqual([body.publishAt, body.expiresAt, body.acknowledgement], ['2026-12-10T07:00:00.000Z', '2026-12-23T23:00:00.000Z',
			{ required: true, deadline: '2026-12-18T11:00:00.000Z' }]);
		assert.deepEqual(body.targets, [{ unitId: ALDRE, includeSubunits: true }]);
		assert.deepEqual(await page.evaluate(() => window.published.map((event) => event.detail)), [{ id: created.id, status: 'SCHEDULED' }]);
	});

	test('shows the readability of the text as it is written, politely and without taking focus', async () => {
		const page = await newPage();
		const english = deferred();
		const { checked } = await stubApi(page, {
			readabilityAnswer: (request) => {
				if (request.postDataJSON().language === 'en') english.resolve();
				return json(readability);
			},
		});
		// A pause long enough that no gap between keystrokes reaches it on a busy machine; the long sentence arrives
		// as one input, as from a paste.
		await mount(page, { attributes: { 'readability-delay': '2000' } });
		const body = page.getByRole('textbox', { name: /^Text/ });
		await body.waitFor();

		await body.focus();
		await page.keyboard.type('Du erhåller nycklarna. ', { delay: 10 });
		await page.keyboard.insertText(LONG_SENTENCE);
		const summary = page.locator('bk-compose [part~="readability-summary"]');
		await summary.getByText('LIX 42: medelsvår. Långa meningar: 1. Krångliga ord: 2.').waitFor();

		assert.equal(await summary.getAttribute('aria-live'), 'polite');
		assert.equal(checked.length, 1, 'typing quickly makes one call, after the pause');
		assert.deepEqual(checked[0], { text: `Du erhåller nycklarna. ${LONG_SENTENCE}`, language: 'sv' });
		const flagged = page.locator('bk-compose [part~="flagged-words"] li');
		assert.deepEqual((await flagged.allTextContents()).map((text) => text.trim()),
			['erhåller – skriv hellre: få', 'Med anledning av – skriv hellre: på grund av, eftersom']);
		assert.match(await page.locator('bk-compose [part~="long-sentences"]').textContent(), /30 ord: .*Med anledning av/);
		assert.equal((await focusedElement(page)).id, 'body', 'focus stays where the writer is');

		await page.getByLabel('Språk').selectOption('en');
		await english.promise;
		assert.equal(checked.length, 2, 'changing the language checks the text again');
	});

	test('never blocks publishing when the readability check fails', async () => {
		const page = await newPage();
		const { posted } = await stubApi(page, { readabilityAnswer: () => problem(500, 'internal', 'Internal error', 'Oops') });
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();
		await fillMinimalPost(page);
		await page.getByText('Läsbarheten kunde inte beräknas just nu.').waitFor();

		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('status').getByText('Nyheten är publicerad').waitFor();
		assert.equal(posted.length, 1);
	});

	test('checks the form before sending and names what is missing next to each field', async () => {
		const page = await newPage();
		const { posted } = await stubApi(page);
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();

		await page.getByRole('button', { name: 'Publicera' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		assert.deepEqual(await alert.getByRole('listitem').allTextContents(), ['Välj minst en enhet.', 'Skriv en rubrik.', 'Skriv en text.']);
		assert.equal(posted.length, 0);
		const title = page.getByRole('textbox', { name: /Rubrik/ });
		assert.equal(await title.getAttribute('aria-invalid'), 'true');
		assert.match(await page.locator('bk-compose #title-error').textContent(), /Skriv en rubrik\./);
		assert.equal((await focusedElement(page)).part, 'unit', 'focus goes to the first field to correct: the unit tree');
	});

	test('shows the hub\'s field errors (422) next to the fields and summarised in role=alert', async () => {
		const page = await newPage();
		await stubApi(page, {
			postAnswer: () => invalid([
				{ field: 'title', message: 'Rubriken får vara högst 200 tecken.' },
				{ field: 'acknowledgement.deadline', message: 'Sista dag måste ligga i framtiden.' },
				{ field: 'somethingElse', message: 'Något annat är fel.' },
			]),
		});
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();
		await fillMinimalPost(page);
		await page.getByRole('checkbox', { name: /Be mottagarna kvittera/ }).check();

		await page.getByRole('button', { name: 'Publicera' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor();
		assert.deepEqual(await alert.getByRole('listitem').allTextContents(),
			['Rubriken får vara högst 200 tecken.', 'Sista dag måste ligga i framtiden.', 'Något annat är fel.']);
		const title = page.getByRole('textbox', { name: /Rubrik/ });
		assert.equal(await title.getAttribute('aria-invalid'), 'true');
		assert.match(await title.getAttribute('aria-describedby'), /title-error/);
		assert.equal(await page.locator('bk-compose #deadline-error').textContent(), 'Sista dag måste ligga i framtiden.');
		assert.equal((await focusedElement(page)).id, 'title');
		assert.equal(await page.evaluate(() => window.published.length), 0);
	});

	test('says when the hub refuses the units (403) or does not know them (422 unknown-units)', async () => {
		const page = await newPage();
		await stubApi(page, {
			postAnswer: (request, call) => (call === 1 ? problem(403, 'forbidden', 'Forbidden', 'Not your unit')
				: { ...problem(422, 'unknown-units', 'Unknown units', 'Unknown'), body: JSON.stringify({ type: 'urn:budkavle:problem:unknown-units', status: 422, unitIds: [SYD] }) }),
		});
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();
		await fillMinimalPost(page);

		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('alert').getByText('Du har inte behörighet att publicera till de valda enheterna.').waitFor();
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('alert').getByText('Någon av de valda enheterna finns inte längre.', { exact: false }).waitFor();
		assert.match(await page.locator('bk-compose #targets-error').textContent(), /finns inte längre/);
	});

	test('tells someone who may target no unit so instead of showing the form', async () => {
		for (const answer of [() => json({ items: [] }), () => problem(403, 'forbidden', 'Forbidden', 'Not a manager')]) {
			const page = await newPage();
			await stubApi(page, { targetsAnswer: answer });
			await mount(page);

			await page.getByText('Du kan inte skriva nyheter till någon enhet.', { exact: false }).waitFor();
			assert.equal(await page.getByRole('button', { name: 'Publicera' }).count(), 0);
			await assertNoAxeViolations(page, 'nothing to target');
		}
	});

	test('shows other failures to load the units with a retry (404)', async () => {
		const page = await newPage();
		await stubApi(page, { targetsAnswer: (request, call) => (call === 1 ? problem(404, 'not-found', 'Not found', 'No') : json(targets)) });
		await mount(page);

		await page.getByRole('alert').getByText('Något gick fel i Budkavle (fel 404).', { exact: false }).waitFor();
		await page.getByRole('button', { name: 'Försök igen' }).click();
		await unit(page, 'Äldreomsorg').waitFor();
	});

	test('fits a 320 px wide viewport without horizontal scrolling, readability advice included', async () => {
		const page = await newPage({ viewport: { width: 320, height: 800 } });
		await stubApi(page, { readabilityAnswer: () => json({ ...readability, longSentences: [{ text: 'Informationsöverföringsrutinerna '.repeat(10), words: 30 }] }) });
		await mount(page);
		await unit(page, 'Äldreomsorg').waitFor();
		await fillMinimalPost(page);
		await page.getByRole('checkbox', { name: 'med underenheter – Hemtjänst Syd' }).uncheck();
		await unit(page, 'Arbetsgrupp A').click();
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.locator('bk-compose [part~="preview-body"]').getByText('Förhandsgranskad').waitFor();
		await page.getByText('LIX 42: medelsvår').waitFor();
		const overflowBefore = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflowBefore, 0, 'the tree, the chosen units, the toolbar and the preview fit');
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('status').getByText('Nyheten är publicerad').waitFor();

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await stubApi(page);
		await mount(page, { attributes: { lang: 'en' } });

		await page.getByRole('group', { name: 'Recipients' }).waitFor();
		await unit(page, 'Hemtjänst Syd').click();
		await page.getByRole('checkbox', { name: 'with subunits – Hemtjänst Syd' }).waitFor();
		await page.getByRole('textbox', { name: /^Text/ }).fill('Hämta din nyckel.');
		await page.getByText('LIX 42: medium.').waitFor();
		assert.equal(await page.getByLabel('Language').inputValue(), 'en', 'a post written in an English widget defaults to English');
	});

	test('picks units in a tree where a unit chosen with its subunits visibly includes them, by keyboard alone', async () => {
		const page = await newPage();
		const { posted } = await stubApi(page);
		await mount(page);
		const tree = page.getByRole('tree', { name: 'Mottagare' });
		await unit(page, 'Äldreomsorg').waitFor();
		const state = async (name) => {
			const item = unit(page, name);
			return {
				checked: await item.getAttribute('aria-checked'),
				disabled: await item.getAttribute('aria-disabled'),
				level: await item.getAttribute('aria-level'),
				expanded: await item.getAttribute('aria-expanded'),
			};
		};
		assert.equal(await tree.getAttribute('aria-multiselectable'), 'true');
		assert.deepEqual(await state('Äldreomsorg'), { checked: 'false', disabled: null, level: '1', expanded: 'true' });
		assert.deepEqual(await state('Arbetsgrupp A'), { checked: 'false', disabled: null, level: '3', expanded: null });
		assert.equal(await page.locator('bk-compose [role="treeitem"][tabindex="0"]').count(), 1, 'one tab stop in the tree');

		await tabTo(page, `unit-${ALDRE}`);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		assert.deepEqual(await state('Hemtjänst Syd'), { checked: 'true', disabled: null, level: '2', expanded: 'true' });
		assert.deepEqual(await state('Arbetsgrupp A'), { checked: 'true', disabled: 'true', level: '3', expanded: null },
			'the subunit is ticked as included, not left unticked');
		assert.equal(await page.locator(`bk-compose #unit-${TEAM}-note`).textContent(), 'ingår genom Hemtjänst Syd');
		assert.equal(await unit(page, 'Arbetsgrupp A').getAttribute('aria-describedby'), `unit-${TEAM}-note`);
		assert.equal((await state('Äldreomsorg')).checked, 'mixed', 'a unit with a chosen unit below it is partly included');
		await assertNoAxeViolations(page, 'tree with an included subunit');

		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Space');
		assert.equal((await state('Arbetsgrupp A')).checked, 'true', 'an included unit cannot be chosen on its own');
		await page.keyboard.press('ArrowLeft');
		assert.equal((await focusedElement(page)).id, `unit-${SYD}`, 'Left goes up to the parent');
		await page.keyboard.press('ArrowLeft');
		assert.equal(await unit(page, 'Arbetsgrupp A').count(), 0, 'Left closes an open unit');
		assert.equal((await state('Hemtjänst Syd')).expanded, 'false');
		await page.keyboard.press('ArrowRight');
		await unit(page, 'Arbetsgrupp A').waitFor();
		await page.keyboard.press('End');
		assert.equal((await focusedElement(page)).id, `unit-${TEAM}`);
		await page.keyboard.press('Home');
		assert.equal((await focusedElement(page)).id, `unit-${ALDRE}`);

		await page.getByRole('checkbox', { name: 'med underenheter – Hemtjänst Syd' }).uncheck();
		assert.deepEqual(await state('Arbetsgrupp A'), { checked: 'false', disabled: null, level: '3', expanded: null });
		assert.equal(await page.locator(`bk-compose #unit-${SYD}-note`).textContent(), 'bara enheten, utan underenheter');

		await unit(page, 'Äldreomsorg').click();
		assert.deepEqual(await page.locator('bk-compose [part~="chosen-unit"] .chosen-name').allTextContents(), ['Äldreomsorg'],
			'choosing a unit with its subunits takes over the units below it');
		assert.equal((await state('Hemtjänst Syd')).checked, 'true');
		await page.getByRole('textbox', { name: /Rubrik/ }).fill('Till avdelningen');
		await page.getByRole('textbox', { name: /^Text/ }).fill('Hej alla.');
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('status').getByText('Nyheten är publicerad').waitFor();
		assert.deepEqual(posted[0].body.targets, [{ unitId: ALDRE, includeSubunits: true }]);
	});

	test('removes a chosen unit from the list of chosen units and puts focus back in the tree', async () => {
		const page = await newPage();
		await stubApi(page);
		await mount(page);
		await unit(page, 'Hemtjänst Syd').click();
		await page.getByRole('button', { name: 'Ta bort Hemtjänst Syd' }).click();
		assert.equal(await unit(page, 'Hemtjänst Syd').getAttribute('aria-checked'), 'false');
		assert.equal((await focusedElement(page)).id, `unit-${SYD}`);
		await page.getByText('Ingen enhet är vald än.').waitFor();
	});

	test('finds any of many units by searching, with the path to each match, and never cuts the list short', async () => {
		const page = await newPage();
		const parents = Array.from({ length: 12 }, (_, i) => ({ unitId: `00000000-0000-4000-8000-1${String(i).padStart(11, '0')}`, name: `Förvaltning ${i + 1}`, kind: 'ADMINISTRATION', parentId: null, depth: 1 }));
		const many = parents.flatMap((parent, p) => [parent, ...Array.from({ length: 10 }, (_, i) => ({
			unitId: `00000000-0000-4000-8000-2${String(p * 10 + i).padStart(11, '0')}`, name: `Enhet ${p * 10 + i + 1}`, kind: 'UNIT', parentId: parent.unitId, depth: 2 }))]);
		await stubApi(page, { targetsAnswer: () => json({ items: many }) });
		await mount(page);
		await unit(page, 'Enhet 120').waitFor();
		assert.equal(await page.getByRole('treeitem').count(), 132, 'all 132 units, none cut');

		await page.getByRole('searchbox', { name: 'Sök enhet' }).fill('enhet 12');
		await page.getByText('2 enheter matchar sökningen.').waitFor();
		assert.deepEqual(await page.getByRole('treeitem').evaluateAll((items) => items.map((item) => item.querySelector('.unit-name').textContent)),
			['Förvaltning 2', 'Enhet 12', 'Förvaltning 12', 'Enhet 120']);
		await page.getByRole('searchbox', { name: 'Sök enhet' }).fill('Enhet 110');
		await page.getByText('1 enhet matchar sökningen.').waitFor();
		await unit(page, 'Enhet 110').click();
		await assertNoAxeViolations(page, 'searched tree');
		await page.getByRole('searchbox', { name: 'Sök enhet' }).fill('');
		assert.equal(await unit(page, 'Enhet 110').getAttribute('aria-checked'), 'true', 'the choice stays when the search is cleared');
	});

	test('says how many people the chosen units reach before publishing, in real plurals, and publishes when counting fails', async () => {
		const page = await newPage();
		let failing = false;
		const { counted, posted } = await stubApi(page, {
			audienceAnswer: (request) => {
				if (failing) return problem(500, 'internal', 'Internal error', 'Oops');
				const chosen = request.postDataJSON().targets;
				if (chosen.some((target) => target.unitId === ALDRE)) return json({ people: 1992 });
				return json({ people: chosen[0].includeSubunits ? 3 : 1 });
			},
		});
		await mount(page);
		const audience = page.locator('bk-compose [part~="audience"]');
		await unit(page, 'Hemtjänst Syd').click();
		await audience.getByText('Når 3 personer.').waitFor();
		assert.equal(await audience.getAttribute('role'), 'status');
		assert.deepEqual(counted.at(-1), { targets: [{ unitId: SYD, includeSubunits: true }] });
		await page.getByRole('checkbox', { name: 'med underenheter – Hemtjänst Syd' }).uncheck();
		await audience.getByText('Når 1 person.').waitFor();
		await unit(page, 'Äldreomsorg').click();
		await audience.getByText(/^Når 1\s992 personer\.$/).waitFor();
		await assertNoAxeViolations(page, 'with the audience count');

		failing = true;
		await unit(page, 'Äldreomsorg').click();
		await unit(page, 'Arbetsgrupp A').click();
		await audience.getByText('Antalet mottagare kunde inte räknas just nu. Du kan ändå publicera.').waitFor();
		await page.getByRole('textbox', { name: /Rubrik/ }).fill('Till gruppen');
		await page.getByRole('textbox', { name: /^Text/ }).fill('Hej.');
		await page.getByRole('button', { name: 'Publicera' }).click();
		await page.getByRole('status').getByText('Nyheten är publicerad').waitFor();
		assert.equal(posted.length, 1);
		assert.equal(await audience.textContent(), '', 'the form is empty again, and so is the count');
	});

	test('says the count in English plurals, and that a post reaches nobody when it does', async () => {
		const page = await newPage();
		let people = 1;
		await stubApi(page, { audienceAnswer: () => json({ people }) });
		await mount(page, { attributes: { lang: 'en' } });
		const audience = page.locator('bk-compose [part~="audience"]');
		await unit(page, 'Hemtjänst Syd').click();
		await audience.getByText('Reaches 1 person.').waitFor();
		people = 1992;
		await unit(page, 'Äldreomsorg').click();
		await audience.getByText('Reaches 1,992 people.').waitFor();
		people = 0;
		await unit(page, 'Äldreomsorg').click();
		await unit(page, 'Arbetsgrupp A').click();
		await audience.getByText('Reaches nobody: there is no one but you in the chosen units.').waitFor();
	});

	test('formats the text from a toolbar operable by keyboard and previews it as the hub renders and sanitises it', async () => {
		const page = await newPage();
		const { previewed } = await stubApi(page, {
			previewAnswer: (request) => json({ html: request.postDataJSON().body.includes('**')
				? '<h2>Nycklar</h2><p>Hämta <strong>din</strong> nyckel <img src="x" alt="Nyckelskåpet" onerror="window.hacked = true"></p>'
				: '' }),
		});
		await mount(page);
		const body = page.getByRole('textbox', { name: /^Text/ });
		await body.fill('Nycklar\nHämta din nyckel');
		await body.evaluate((textarea) => textarea.setSelectionRange(14, 17));
		const toolbar = page.getByRole('toolbar', { name: 'Formatering' });
		await toolbar.getByRole('button', { name: 'Fetstil' }).click();
		assert.equal(await body.inputValue(), 'Nycklar\nHämta **din** nyckel');
		assert.deepEqual(await body.evaluate((textarea) => [textarea.selectionStart, textarea.selectionEnd, document.activeElement.localName]),
			[16, 19, 'bk-compose'], 'the bolded words stay selected in the text');
		await body.evaluate((textarea) => textarea.setSelectionRange(0, 0));
		await toolbar.getByRole('button', { name: 'Mellanrubrik' }).click();
		assert.equal(await body.inputValue(), '## Nycklar\nHämta **din** nyckel');

		await tabTo(page, 'title');
		await page.keyboard.press('Tab');
		assert.equal((await focusedElement(page)).part, 'tool-button', 'the toolbar is one tab stop');
		const focusedTool = () => page.evaluate(() => document.querySelector('bk-compose').shadowRoot.activeElement?.textContent);
		await page.keyboard.press('Home');
		assert.equal(await focusedTool(), 'Fetstil');
		await page.keyboard.press('ArrowLeft');
		assert.equal(await focusedTool(), 'Förhandsgranska', 'the arrows wrap around');
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		assert.equal(await focusedTool(), 'Lista');
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		const preview = page.locator('bk-compose [part~="preview-body"]');
		await preview.locator('strong').getByText('din').waitFor();
		assert.equal(await toolbar.getByRole('button', { name: 'Förhandsgranska' }).getAttribute('aria-pressed'), 'true');
		assert.deepEqual(previewed.at(-1), { body: '## Nycklar\nHämta **din** nyckel' });
		assert.equal(await preview.locator('img').getAttribute('onerror'), null, 'no handler reaches the page');
		assert.equal(await page.evaluate(() => window.hacked), undefined);
		await assertNoAxeViolations(page, 'toolbar and preview');

		await body.fill('Bara text');
		await page.getByText('Skriv en text för att se hur den blir.').waitFor();
		await body.press('End');
		await toolbar.getByRole('button', { name: 'Lista' }).click();
		assert.equal(await body.inputValue(), '- Bara text');
		await toolbar.getByRole('button', { name: 'Länk' }).click();
		assert.equal(await body.inputValue(), '- Bara text[länktext](https://)');
	});

	test('keeps every checkbox label beside its box, also at 320 px', async () => {
		const page = await newPage({ viewport: { width: 320, height: 800 } });
		await stubApi(page);
		await mount(page);
		await unit(page, 'Äldreomsorg').click();
		for (const id of ['acknowledgementRequired', 'commentsEnabled', `chosen-${ALDRE}-subunits`]) {
			const [box, label] = await page.evaluate((id) => {
				const root = document.querySelector('bk-compose').shadowRoot;
				const rect = (element) => element.getBoundingClientRect().toJSON();
				return [rect(root.getElementById(id)), rect(root.querySelector(`label[for="${id}"]`))];
			}, id);
			assert.ok(label.left >= box.right, `${id}: the label starts right of its box`);
			assert.ok(label.top < box.bottom && box.top < label.bottom, `${id}: the label's first line is level with its box`);
		}
	});
});
