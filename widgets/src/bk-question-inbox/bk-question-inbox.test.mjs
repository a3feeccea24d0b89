import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem } from '../../test/support/api.mjs';
import { focusOnText, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { questionView, serveQuestions, summary } from '../../test/support/questions-api.mjs';

const MANAGING = Object.freeze({ answer: true, close: true, forward: true, upvote: false });
const ALDRE = { id: 'u0000000-0000-4000-8000-000000000002', name: 'Äldreomsorg' };
const SYD = { id: 'u0000000-0000-4000-8000-000000000001', name: 'Hemtjänst Syd' };

const overdue = questionView({
	id: '55555555-5555-4555-8555-555555555555',
	subject: 'Stämningen i arbetsgruppen',
	body: 'Det har varit tungt länge och ingen pratar om det.',
	anonymous: true,
	asker: { id: null, name: 'Frågeställaren' },
	state: 'OPEN',
	overdue: true,
	answerDueAt: '2026-11-27T08:00:00Z',
	firstAnsweredAt: null,
	messages: [],
	events: [
		{ kind: 'ASKED', at: '2026-11-20T08:00:00Z', by: { id: null, name: 'Frågeställaren' }, fromUnit: null, toUnit: SYD, toHr: false, note: null },
	],
	permissions: MANAGING,
});
const answered = questionView({ permissions: MANAGING });
const handedOver = questionView({
	id: '66666666-6666-4666-8666-666666666666',
	subject: 'Nya nycklar till bilarna',
	state: 'OPEN',
	messages: [],
	unit: ALDRE,
	events: [
		{ kind: 'ASKED', at: '2026-11-10T08:00:00Z', by: { id: 'a1', name: 'Ahmed Hassan' }, fromUnit: null, toUnit: SYD, toHr: false, note: null },
		{ kind: 'ESCALATED', at: '2026-11-17T08:00:00Z', by: null, fromUnit: SYD, toUnit: ALDRE, toHr: false, note: null },
		{ kind: 'FORWARDED', at: '2026-11-18T08:00:00Z', by: { id: 'b2', name: 'Anders Berg' }, fromUnit: ALDRE, toUnit: null, toHr: true, note: 'Gäller avtalet.' },
	],
	withHr: true,
	permissions: { answer: true, close: true, forward: false, upvote: false },
});

/** The hub as the manager Maria Holm sees it; `overrides[route]` replaces an answer. */
function hub(overrides = {}) {
	return (call) => {
		const route = `${call.method} ${call.path.split('?')[0].replace(/^questions\/?/, '') || 'questions'}`;
		if (overrides[route]) return overrides[route](call);
		if (route === 'GET questions') {
			const state = new URL(`http://x/${call.path}`).searchParams.get('state');
			const items = [overdue, answered, handedOver].filter((q) => !state || q.state === state).map(summary);
			return json({ items, next: null });
		}
		const question = [overdue, answered, handedOver].find((q) => route.includes(q.id));
		if (!question) return problem(404, 'question-not-found', 'Question not found', '');
		if (route.startsWith('GET ')) return json(question);
		if (route.endsWith('/answers')) {
			return json({ ...question, state: 'ANSWERED', overdue: false, messages: [...question.messages,
				{ id: 'm5', body: call.body.body, author: { id: 'b1', name: 'Maria Holm' }, byAsker: false, at: '2026-11-29T08:00:00Z' }] });
		}
		if (route.endsWith('/closure')) return json({ ...question, state: 'CLOSED', permissions: { answer: false, close: false, forward: false, upvote: false } });
		if (route.endsWith('/forwards')) {
			const toHr = call.body.to === 'HR';
			return json({ ...question, withHr: toHr, unit: toHr ? question.unit : ALDRE, events: [...question.events,
				{ kind: 'FORWARDED', at: '2026-11-29T08:00:00Z', by: { id: 'b1', name: 'Maria Holm' }, fromUnit: SYD, toUnit: toHr ? null : ALDRE, toHr, note: call.body.note }],
			permissions: { answer: false, close: false, forward: false, upvote: false } });
		}
		return problem(404, 'question-not-found', 'Question not found', '');
	};
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

function newPage(options = {}) {
	return filePage.fresh(options);
}

async function mount(page, options) {
	await mountElement(page, `${server.url}/`, 'bk-question-inbox', options);
	await page.locator('bk-question-inbox [part~="summary"]').waitFor();
}

async function assertNoViolations(page, label) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

function item(page, subject) {
	return page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: subject }) });
}

describe('bk-question-inbox', () => {
	test('has no WCAG 2.1 AA violations while loading, as a list, with a question open and when failed', async () => {
		const page = await newPage();
		const answer = deferred();
		let lists = 0;
		await serveQuestions(page, hub({
			'GET questions': async () => (++lists === 1
				? (await answer.promise, json({ items: [overdue, answered, handedOver].map(summary), next: null }))
				: problem(500, 'about:blank', 'Internal Server Error', '')),
		}));
		await mountElement(page, `${server.url}/`, 'bk-question-inbox');
		await page.getByRole('status').getByText('Hämtar frågorna…').waitFor();
		await assertNoViolations(page, 'loading');

		answer.resolve();
		await page.locator('bk-question-inbox [part~="summary"]').waitFor();
		await assertNoViolations(page, 'list');

		await page.getByRole('button', { name: `Visa frågan: ${overdue.subject}` }).click();
		await page.getByRole('heading', { name: overdue.subject }).waitFor();
		await assertNoViolations(page, 'question');

		await page.getByRole('button', { name: 'Tillbaka' }).click();
		await page.getByLabel('Visa', { exact: true }).selectOption('OPEN');
		await page.getByRole('alert').getByRole('button', { name: 'Försök igen' }).waitFor();
		await assertNoViolations(page, 'failed');
	});

	test('lists the inbox, marks overdue questions in words and hides who asked an anonymous question', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		assert.equal(calls[0].path, 'questions?box=inbox');
		assert.equal(await page.locator('bk-question-inbox [part~="summary"]').textContent(), '3 frågor, varav 1 försenad.');
		const late = item(page, overdue.subject);
		assert.match(await late.textContent(), /Väntar på svar · Försenad/);
		assert.match(await late.textContent(), /Ställd anonymt, /);
		assert.doesNotMatch(await item(page, answered.subject).textContent(), /Försenad/);
		assert.match(await item(page, answered.subject).textContent(), /Ställd av Ahmed Hassan/);
	});

	test('filters by state through the hub', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByLabel('Visa', { exact: true }).selectOption('ANSWERED');
		await page.getByText('1 fråga, varav 0 försenade.').waitFor();
		assert.equal(calls.at(-1).path, 'questions?box=inbox&state=ANSWERED');
		assert.equal(await page.getByRole('heading', { name: overdue.subject }).count(), 0);
	});

	test('lets a keyboard user open, answer and forward a question, with focus always visible', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await page.addInitScript(() => {
			window.events = [];
			for (const type of ['bk-question-answered', 'bk-question-forwarded']) {
				document.addEventListener(type, (event) => window.events.push({ type, detail: event.detail }));
			}
		});
		await mount(page);

		let focused = await tabTo(page, 'open-button');
		assert.equal(focused.outlineStyle, 'solid');
		assert.ok(focused.outlineWidth >= 2);
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: overdue.subject }).waitFor();
		assert.equal((await focusOnText(page, overdue.subject)).text, overdue.subject, 'focus moves to the question');

		focused = await tabTo(page, 'answer-input');
		assert.equal(focused.outlineStyle, 'solid');
		await page.keyboard.type('Tack för att du tar upp det. Vi pratar på APT.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.getByRole('status').getByText('Ditt svar är skickat.').waitFor();
		const answer = calls.find((call) => call.method === 'POST');
		assert.equal(answer.path, `questions/${overdue.id}/answers`);
		assert.deepEqual(answer.body, { body: 'Tack för att du tar upp det. Vi pratar på APT.' });
		assert.match(await page.locator('bk-question-inbox [part~="messages"]').textContent(), /Vi pratar på APT\./);

		focused = await tabTo(page, 'forward-note', 10);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Rör arbetsmiljön.');
		focused = await tabTo(page, 'forward-button', 2);
		assert.equal(focused.outlineStyle, 'solid');
		await page.keyboard.press('Enter');
		await page.getByRole('status').getByText('Frågan är lämnad vidare till HR.').waitFor();
		const forward = calls.filter((call) => call.method === 'POST')[1];
		assert.equal(forward.path, `questions/${overdue.id}/forwards`);
		assert.deepEqual(forward.body, { to: 'HR', note: 'Rör arbetsmiljön.' });
		assert.match(await page.locator('bk-question-inbox [part~="history"]').textContent(), /Maria Holm lämnade frågan vidare från Hemtjänst Syd till HR\.\s*Meddelande: Rör arbetsmiljön\./);
		assert.deepEqual(await page.evaluate(() => window.events), [
			{ type: 'bk-question-answered', detail: { id: overdue.id } },
			{ type: 'bk-question-forwarded', detail: { id: overdue.id, to: 'HR' } },
		]);
	});

	test('forwards to the own manager without a note by default', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByRole('button', { name: `Visa frågan: ${answered.subject}` }).click();
		await page.getByRole('button', { name: 'Lämna vidare' }).click();
		await page.getByRole('status').getByText('Frågan är lämnad vidare till Äldreomsorg.').waitFor();
		assert.deepEqual(calls.find((call) => call.method === 'POST').body, { to: 'MANAGER', note: null });
	});

	test('shows the hand-overs in the history and closes a question', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByRole('button', { name: `Visa frågan: ${handedOver.subject}` }).click();
		const history = page.locator('bk-question-inbox [part~="history"]');
		await history.waitFor();
		const text = await history.textContent();
		assert.match(text, /Obesvarad för länge – gick automatiskt vidare från Hemtjänst Syd till Äldreomsorg\./);
		assert.match(text, /Anders Berg lämnade frågan vidare från Äldreomsorg till HR\.\s*Meddelande: Gäller avtalet\./);
		assert.equal(await page.getByRole('button', { name: 'Lämna vidare' }).count(), 0, 'no forwarding once with HR');

		await page.getByRole('button', { name: 'Stäng frågan' }).click();
		await page.getByRole('status').getByText('Frågan är stängd.').waitFor();
		assert.equal(calls.at(-1).path, `questions/${handedOver.id}/closure`);
		assert.equal(await page.getByRole('button', { name: 'Stäng frågan' }).count(), 0);
	});

	test('says so in an alert when a question is gone (404) or the manager may not forward it (403)', async () => {
		const page = await newPage();
		await serveQuestions(page, hub({
			[`GET ${answered.id}`]: () => problem(404, 'question-not-found', 'Question not found', ''),
			[`POST ${overdue.id}/forwards`]: () => problem(403, 'forbidden', 'Forbidden', 'Only the managers who hold the question may forward it.'),
		}));
		await mount(page);

		await page.getByRole('button', { name: `Visa frågan: ${answered.subject}` }).click();
		await page.getByRole('alert').getByText('Frågan finns inte, eller så får du inte se den.').waitFor();

		await page.getByRole('button', { name: `Visa frågan: ${overdue.subject}` }).click();
		await page.getByRole('button', { name: 'Lämna vidare' }).click();
		await page.getByRole('alert').getByText('Du får inte göra det här med frågan.').waitFor();
	});

	test('refuses an empty answer without calling the hub', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByRole('button', { name: `Visa frågan: ${overdue.subject}` }).click();
		await page.getByRole('button', { name: 'Skicka svaret' }).click();
		await page.getByRole('alert').getByText('Fyll i ”Ditt svar”.').waitFor();
		assert.equal(calls.filter((call) => call.method === 'POST').length, 0);
	});

	test('loads the next page when there are more questions', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub({
			'GET questions': (call) => (call.path.includes('after=')
				? json({ items: [summary(handedOver)], next: null })
				: json({ items: [summary(overdue), summary(answered)], next: 'cursor-2' })),
		}));
		await mount(page);

		await page.getByRole('button', { name: 'Visa fler frågor' }).click();
		await page.getByRole('status').getByText('1 fråga till visas.').waitFor();
		assert.equal(calls.at(-1).path, 'questions?box=inbox&after=cursor-2');
		assert.equal(await page.locator('bk-question-inbox [part~="item"]').count(), 3);
		assert.equal(await page.getByRole('button', { name: 'Visa fler frågor' }).count(), 0);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveQuestions(page, hub());
		await mount(page, { attributes: { lang: 'en' } });

		await page.getByRole('heading', { name: 'Questions to me' }).waitFor();
		assert.match(await item(page, overdue.subject).textContent(), /Waiting for an answer · Overdue/);
		await page.getByRole('button', { name: `Show the question: ${overdue.subject}` }).click();
		await page.getByRole('group', { name: 'Forward the question' }).getByLabel('To HR').waitFor();
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveQuestions(page, hub());
		await mount(page);
		assert.equal(await horizontalOverflow(page), 0, 'list');

		await page.getByRole('button', { name: `Visa frågan: ${handedOver.subject}` }).click();
		await page.locator('bk-question-inbox [part~="history"]').waitFor();
		assert.equal(await horizontalOverflow(page), 0, 'question');
	});
});
