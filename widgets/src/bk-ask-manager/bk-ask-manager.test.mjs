import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem } from '../../test/support/api.mjs';
import { focusOnText, focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';
import { invalid, questionView, serveQuestions, summary } from '../../test/support/questions-api.mjs';

const KEY = 'q7Rt2mXp9LkW44Zs_hB3v-Uo1cN8yTq0aDfGh5jKl6Mn';
const REMEMBERED = 'budkavle.question-follow-up-keys';

const mine = questionView();
const unitQuestion = questionView({
	id: '22222222-2222-4222-8222-222222222222',
	subject: 'Parkering vid kontoret',
	body: 'Kan vi få fler parkeringsplatser för hemtjänstens bilar?',
	anonymous: true,
	asker: { id: null, name: 'Frågeställaren' },
	visibility: 'UNIT',
	upvotes: 3,
	permissions: { answer: false, close: false, forward: false, upvote: true },
});
const anonymousQuestion = questionView({
	id: '33333333-3333-4333-8333-333333333333',
	subject: 'Stämningen i arbetsgruppen',
	body: 'Det har varit tungt länge.',
	anonymous: true,
	asker: { id: null, name: 'Frågeställaren' },
	state: 'OPEN',
	messages: [],
	events: [{ kind: 'ASKED', at: '2026-11-28T08:00:00Z', by: { id: null, name: 'Frågeställaren' }, fromUnit: null,
		toUnit: { id: 'u1', name: 'Hemtjänst Syd' }, toHr: false, note: null }],
});

/** The hub as an employee sees it; `overrides[route]` replaces an answer (route: `POST questions`, `GET follow-up`…). */
function hub(overrides = {}) {
	return (call) => {
		const route = `${call.method} ${call.path.split('?')[0].replace(/^questions\/?/, '') || 'questions'}`;
		if (overrides[route]) return overrides[route](call);
		if (call.method === 'GET' && call.path === 'questions?box=mine') return json({ items: [summary(mine)], next: null });
		if (call.method === 'GET' && call.path === 'questions?box=unit') return json({ items: [summary(unitQuestion)], next: null });
		if (route === 'POST questions') {
			const created = questionView({ id: '44444444-4444-4444-8444-444444444444', subject: call.body.subject, body: call.body.body,
				anonymous: call.body.anonymous, visibility: call.body.visibility, state: 'OPEN', messages: [],
				asker: call.body.anonymous ? { id: null, name: 'Frågeställaren' } : mine.asker,
				followUpKey: call.body.anonymous ? KEY : null });
			return json(created, 201);
		}
		if (route === 'GET follow-up') return call.key === KEY ? json(anonymousQuestion) : problem(404, 'question-not-found', 'Question not found', '');
		if (route === `GET ${mine.id}`) return json(mine);
		if (route === `GET ${unitQuestion.id}`) return json(unitQuestion);
		if (route === `POST ${anonymousQuestion.id}/answers` && call.key === KEY) {
			return json({ ...anonymousQuestion, messages: [{ id: 'm9', body: call.body.body, author: { id: null, name: 'Frågeställaren' }, byAsker: true, at: '2026-11-29T08:00:00Z' }] });
		}
		if (route === `POST ${mine.id}/answers`) {
			return json({ ...mine, messages: [...mine.messages, { id: 'm2', body: call.body.body, author: mine.asker, byAsker: true, at: '2026-11-29T08:00:00Z' }] });
		}
		if (route === `POST ${mine.id}/closure`) return json({ ...mine, state: 'CLOSED', permissions: { answer: false, close: false, forward: false, upvote: false } });
		if (route === `PUT ${unitQuestion.id}/upvote`) return json({ upvotes: 4, upvoted: true });
		if (route === `DELETE ${unitQuestion.id}/upvote`) return json({ upvotes: 3, upvoted: false });
		return problem(404, 'question-not-found', 'Question not found', `no stub for ${route}`);
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

async function newPage(options = {}) {
	const page = await filePage.fresh(options);
	await filePage.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
	return page;
}

async function mount(page, options) {
	await mountElement(page, `${server.url}/`, 'bk-ask-manager', options);
	await page.getByRole('heading', { name: /Mina frågor|My questions/ }).waitFor();
}

async function ask(page, { subject = 'Hur fungerar friskvårdsbidraget?', body = 'Gäller det simhall också?', anonymous = false, unit = false } = {}) {
	await page.getByLabel('Rubrik').fill(subject);
	await page.getByLabel('Din fråga').fill(body);
	if (unit) await page.getByLabel('Hela enheten').check();
	if (anonymous) await page.getByLabel('Ställ frågan anonymt').check();
	await page.getByRole('button', { name: 'Skicka frågan' }).click();
}

async function assertNoViolations(page, label) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

function storedText(page) {
	return page.evaluate(() => JSON.stringify(Object.entries(localStorage)) + JSON.stringify(Object.entries(sessionStorage)));
}

describe('bk-ask-manager', () => {
	test('has no WCAG 2.1 AA violations while loading, loaded, showing the key, a thread and errors', async () => {
		const page = await newPage();
		const answer = deferred();
		await serveQuestions(page, hub({
			'GET questions': async (call) => (await answer.promise, json({ items: call.path.includes('mine') ? [summary(mine)] : [summary(unitQuestion)], next: null })),
		}));
		await mountElement(page, `${server.url}/`, 'bk-ask-manager');
		await page.getByRole('status').getByText('Hämtar dina frågor…').waitFor();
		await assertNoViolations(page, 'loading');

		answer.resolve();
		await page.getByRole('heading', { name: 'Mina frågor' }).waitFor();
		await assertNoViolations(page, 'loaded');

		await ask(page, { anonymous: true });
		await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
		await assertNoViolations(page, 'follow-up key');

		await page.locator('bk-ask-manager [part~="key-input"]').fill('fel-kod');
		await page.getByRole('button', { name: 'Öppna med koden' }).click();
		await page.getByRole('alert').getByText('Ingen fråga hittades med den koden.', { exact: false }).waitFor();
		await assertNoViolations(page, 'wrong key');

		await page.getByRole('button', { name: `Visa frågan: ${mine.subject}` }).click();
		await page.getByRole('heading', { name: mine.subject }).waitFor();
		await assertNoViolations(page, 'thread');
	});

	test('asks by name with the chosen visibility and shows the question under Mina frågor', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await page.addInitScript(() => {
			window.asked = [];
			document.addEventListener('bk-question-asked', (event) => window.asked.push({ composed: event.composed, detail: event.detail }));
		});
		await mount(page);

		await ask(page, { subject: 'Friskvårdsbidraget', body: 'Gäller det simhall?', unit: true });
		await page.getByRole('status').getByText('Din fråga är skickad till chefen.').waitFor();
		const post = calls.find((call) => call.method === 'POST');
		assert.deepEqual(post.body, { subject: 'Friskvårdsbidraget', body: 'Gäller det simhall?', unitId: null, anonymous: false, visibility: 'UNIT' });
		assert.equal(post.authorization, 'Bearer token');
		const myQuestions = page.getByRole('region', { name: 'Mina frågor' }).getByRole('listitem');
		assert.equal(await myQuestions.count(), 2);
		assert.match(await myQuestions.first().textContent(), /Friskvårdsbidraget/);
		assert.equal(await page.getByLabel('Rubrik').inputValue(), '', 'the form is emptied');
		assert.deepEqual(await page.evaluate(() => window.asked), [{ composed: true, detail: { id: '44444444-4444-4444-8444-444444444444', anonymous: false, visibility: 'UNIT' } }]);
		assert.equal(await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).count(), 0, 'no key for a named question');
	});

	test('explains in plain Swedish what anonymous means and what it does not', async () => {
		const page = await newPage();
		await serveQuestions(page, hub());
		await mount(page);

		const checkbox = page.getByRole('checkbox', { name: 'Ställ frågan anonymt' });
		const description = await checkbox.evaluate((input) => input.getRootNode().getElementById(input.getAttribute('aria-describedby')).textContent);
		assert.match(description, /sparar ingen koppling mellan dig och frågan/);
		assert.match(description, /Din chef kan inte se vem som frågade/);
		assert.match(description, /Det du skriver kan i sig avslöja dig/);
		assert.match(description, /uppföljningskod/);
		assert.match(await page.getByRole('radio', { name: 'Bara chefen' }).evaluate((input) => input.getRootNode()
			.getElementById(input.getAttribute('aria-describedby')).textContent), /Bara du och cheferna/);
	});

	test('warns an asker whose unit is small where an anonymous question goes instead, at 320 px without axe violations', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		const calls = await serveQuestions(page, hub({
			'GET anonymity': () => json({ ownUnit: { id: 'u2', name: 'Arbetsgrupp A' }, ownUnitSmall: true,
				labelledAt: { id: 'u1', name: 'Hemtjänst Syd' }, minimumGroupSize: 5 }),
		}));
		await mount(page, { attributes: { unit: 'u0000000-0000-4000-8000-000000000009' } });

		const warning = page.locator('bk-ask-manager').locator('[part~="small-group-warning"]');
		await warning.waitFor();
		assert.equal(await warning.textContent(), 'Din enhet ”Arbetsgrupp A” har färre än 5 personer. För att frågan inte ska peka ut dig '
			+ 'går en anonym fråga i stället till chefen för ”Hemtjänst Syd” och visas som ställd där.');
		const checkbox = page.getByRole('checkbox', { name: 'Ställ frågan anonymt' });
		const description = await checkbox.evaluate((input) => input.getRootNode().getElementById(input.getAttribute('aria-describedby')).textContent);
		assert.match(description, /färre än 5 personer/, 'the warning is part of the checkbox\'s description');
		assert.ok(calls.some((call) => call.path === 'questions/anonymity?unit=u0000000-0000-4000-8000-000000000009'), 'asked for the unit the page chose');
		await assertNoViolations(page, 'small-group warning');
		assert.equal(await horizontalOverflow(page), 0, 'small-group warning at 320 px');
	});

	test('tells an asker with no big enough unit above that they cannot ask anonymously, and warns nobody else', async () => {
		const page = await newPage();
		let anonymity = { ownUnit: { id: 'u2', name: 'Arbetsgrupp A' }, ownUnitSmall: true, labelledAt: null, minimumGroupSize: 5 };
		await serveQuestions(page, hub({ 'GET anonymity': () => json(anonymity) }));
		await mount(page, { attributes: { lang: 'en' } });

		const warning = page.locator('bk-ask-manager').locator('[part~="small-group-warning"]');
		assert.match(await warning.textContent(), /^Your unit “Arbetsgrupp A” has fewer than 5 people, .*you cannot ask anonymously/);
		await assertNoViolations(page, 'anonymous not possible');

		const other = await newPage();
		anonymity = { ...anonymity, ownUnitSmall: false, labelledAt: { id: 'u1', name: 'Hemtjänst Syd' } };
		await serveQuestions(other, hub({ 'GET anonymity': () => json(anonymity) }));
		await mount(other);
		assert.equal(await other.locator('bk-ask-manager').locator('[part~="small-group-warning"]').count(), 0);
	});

	test('lets a keyboard user ask anonymously and copy the follow-up key, with focus always visible', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		let focused = await tabTo(page, 'subject-input');
		assert.equal(focused.outlineStyle, 'solid');
		await page.keyboard.type('Stämningen i arbetsgruppen');
		await page.keyboard.press('Tab');
		await page.keyboard.type('Det har varit tungt länge.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		focused = await tabTo(page, 'anonymous-checkbox', 3);
		assert.equal(focused.outlineStyle, 'solid');
		assert.ok(focused.outlineWidth >= 2);
		await page.keyboard.press('Space');
		focused = await tabTo(page, 'submit-button', 3);
		assert.equal(focused.outlineStyle, 'solid');
		await page.keyboard.press('Enter');

		await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
		assert.deepEqual(calls.find((call) => call.method === 'POST').body, {
			subject: 'Stämningen i arbetsgruppen', body: 'Det har varit tungt länge.', unitId: null, anonymous: true, visibility: 'UNIT',
		});
		assert.equal((await focusOnText(page, 'Spara din uppföljningskod')).text, 'Spara din uppföljningskod',
			'focus moves to the key');
		assert.match(await page.getByRole('status').textContent(), /Spara uppföljningskoden nu/);
		assert.match(await page.getByText('Koden visas bara nu', { exact: false }).textContent(), /ingen – inte ens Budkavle/);
		assert.equal(await page.getByRole('textbox', { name: 'Uppföljningskod' }).first().inputValue(), KEY);

		focused = await tabTo(page, 'copy-button', 3);
		assert.equal(focused.outlineStyle, 'solid');
		await page.keyboard.press('Enter');
		await page.getByRole('status').getByText('Koden är kopierad.', { exact: false }).waitFor();
		assert.equal(await page.evaluate(() => navigator.clipboard.readText()), KEY);
	});

	test('never writes the follow-up key to storage without consent, and stores and forgets it when asked', async () => {
		const page = await newPage();
		await serveQuestions(page, hub());
		await mount(page);

		await ask(page, { anonymous: true });
		await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
		await page.getByRole('button', { name: 'Kopiera koden' }).click();
		assert.equal((await storedText(page)).includes(KEY), false, 'not stored after asking and copying');

		const remember = page.getByRole('checkbox', { name: 'Kom ihåg koden på den här telefonen eller datorn' });
		assert.equal(await remember.isChecked(), false, 'remembering is opt-in');
		await remember.check();
		await page.getByRole('status').getByText('Koden är sparad på den här telefonen eller datorn.').waitFor();
		assert.deepEqual(await page.evaluate((name) => JSON.parse(localStorage.getItem(name)), REMEMBERED),
			[{ key: KEY, subject: 'Hur fungerar friskvårdsbidraget?' }]);

		await remember.uncheck();
		await page.getByRole('status').getByText('Koden är borttagen från den här telefonen eller datorn.').waitFor();
		assert.equal((await storedText(page)).includes(KEY), false, 'removed again');

		await page.getByRole('button', { name: 'Klar, jag har sparat koden' }).click();
		assert.equal(await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).count(), 0);
		assert.equal(await page.evaluate(() => document.querySelector('bk-ask-manager').shadowRoot.innerHTML.includes('q7Rt2mXp')), false,
			'the key is gone from the widget once dismissed');
		assert.equal((await storedText(page)).includes(KEY), false);
	});

	test('shows a six-word key in two groups of three and opens it however the words are typed, as ASCII in the header', async () => {
		const page = await newPage();
		const words = 'lampa vaffla sommar ekorre pion snöstorm';
		const sent = 'lampa-vaffla-sommar-ekorre-pion-snostorm';
		const base = hub();
		const calls = await serveQuestions(page, (call) => {
			if (call.method === 'POST' && call.path === 'questions') {
				const created = JSON.parse(base(call).body);
				return json({ ...created, followUpKey: created.followUpKey ? words : null }, 201);
			}
			if (call.path === 'questions/follow-up') {
				return call.key === sent ? json(anonymousQuestion) : problem(404, 'question-not-found', 'Question not found', '');
			}
			return base(call);
		});
		await mount(page);

		await ask(page, { anonymous: true });
		await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
		assert.equal(await page.getByRole('textbox', { name: 'Uppföljningskod' }).first().inputValue(),
			'lampa vaffla sommar – ekorre pion snöstorm');
		await assertNoViolations(page, 'six-word key');
		await page.setViewportSize({ width: 320, height: 700 });
		assert.equal(await horizontalOverflow(page), 0);

		await page.locator('bk-ask-manager [part~="key-input"]').fill('  Lampa VAFFLA-sommar  ekorre, pion snostorm ');
		await page.getByRole('button', { name: 'Öppna med koden' }).click();
		await page.getByRole('heading', { name: anonymousQuestion.subject }).waitFor();
		assert.equal(calls.find((call) => call.path === 'questions/follow-up').key, sent);
	});

	test('too many wrong keys say so instead of claiming the key is wrong', async () => {
		const page = await newPage();
		await serveQuestions(page, hub({
			'GET follow-up': () => problem(429, 'too-many-key-attempts', 'Too many wrong follow-up keys', 'Try again later.'),
		}));
		await mount(page);

		await page.locator('bk-ask-manager [part~="key-input"]').fill('fel ord');
		await page.getByRole('button', { name: 'Öppna med koden' }).click();
		await page.getByRole('alert').getByText('Du har provat många koder som inte stämmer.', { exact: false }).waitFor();
		await assertNoViolations(page, 'too many keys');
	});

	test('opens an anonymous question with a remembered key and replies with the key in a header', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await page.addInitScript(([name, key]) => localStorage.setItem(name, JSON.stringify([{ key, subject: 'Stämningen i arbetsgruppen' }])), [REMEMBERED, KEY]);
		await mount(page);

		await page.getByRole('button', { name: 'Visa frågan: Stämningen i arbetsgruppen' }).click();
		await page.getByRole('heading', { name: 'Stämningen i arbetsgruppen' }).waitFor();
		const lookup = calls.find((call) => call.path === 'questions/follow-up');
		assert.equal(lookup.key, KEY);
		assert.equal(calls.some((call) => call.path.includes(KEY)), false, 'the key never goes in a URL');
		assert.match(await page.locator('bk-ask-manager [part~="thread-meta"]').textContent(), /Ställd anonymt, /);

		await page.getByLabel('Skriv vidare i tråden').fill('Tack, jag väntar.');
		await page.getByRole('button', { name: 'Skicka', exact: true }).click();
		await page.getByRole('status').getByText('Ditt svar är skickat.').waitFor();
		const reply = calls.find((call) => call.method === 'POST');
		assert.equal(reply.path, `questions/${anonymousQuestion.id}/answers`);
		assert.equal(reply.key, KEY);
		assert.deepEqual(reply.body, { body: 'Tack, jag väntar.' });
		assert.match(await page.locator('bk-ask-manager [part~="messages"]').textContent(), /Tack, jag väntar\./);

		await page.getByRole('button', { name: 'Tillbaka' }).click();
		await page.getByRole('button', { name: 'Glöm koden: Stämningen i arbetsgruppen' }).click();
		assert.equal(await page.evaluate((name) => localStorage.getItem(name), REMEMBERED), null);
	});

	test('says a wrong follow-up key finds no question (404) in an alert', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByLabel('Uppföljningskod').fill('  inte-ratt-kod ');
		await page.getByRole('button', { name: 'Öppna med koden' }).click();
		const alert = page.getByRole('alert').filter({ hasText: 'Ingen fråga hittades med den koden.' });
		await alert.waitFor();
		assert.equal(calls.at(-1).key, 'inte-ratt-kod');
		assert.equal((await focusedElement(page)).part, 'key-input');

		await page.getByLabel('Uppföljningskod').fill('– ? –');
		await page.getByRole('button', { name: 'Öppna med koden' }).click();
		await alert.waitFor();
		assert.equal(calls.filter((call) => call.path === 'questions/follow-up').length, 1, 'a key that cannot be one is not sent');
	});

	test('shows field errors of a 422 at the fields, in an alert, and focuses the first', async () => {
		const page = await newPage();
		await serveQuestions(page, hub({ 'POST questions': () => invalid([{ field: 'subject', message: 'must be at most 200 characters' }]) }));
		await mount(page);

		await ask(page);
		await page.getByRole('alert').getByText('”Rubrik” får vara högst 200 tecken.').waitFor();
		assert.equal(await page.getByLabel('Rubrik').getAttribute('aria-invalid'), 'true');
		assert.equal((await focusedElement(page)).part, 'subject-input');
		assert.equal(await page.getByLabel('Din fråga').inputValue(), 'Gäller det simhall också?', 'what was written is kept');
	});

	test('refuses empty text before sending anything', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByRole('button', { name: 'Skicka frågan' }).click();
		await page.getByRole('alert').getByText('Fyll i ”Rubrik”.').waitFor();
		assert.equal(calls.filter((call) => call.method === 'POST').length, 0);
	});

	test('tells someone over the daily limit (429) to try again tomorrow', async () => {
		const page = await newPage();
		await serveQuestions(page, hub({ 'POST questions': () => ({ ...problem(429, 'too-many-requests', 'Too many questions today', ''), headers: { 'retry-after': '3600' } }) }));
		await mount(page);

		await ask(page, { anonymous: true });
		await page.getByRole('alert').getByText('Du har ställt många frågor i dag. Försök igen i morgon.').waitFor();
		assert.equal(await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).count(), 0);
	});

	test('says when the hub cannot be reached while asking', async () => {
		const page = await newPage();
		await serveQuestions(page, hub({ 'POST questions': () => 'abort' }));
		await mount(page);

		await ask(page);
		await page.getByRole('alert').getByText('Det gick inte att nå Budkavle.', { exact: false }).waitFor();
	});

	test('opens my question with its answers, replies and closes it', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page);

		await page.getByRole('button', { name: `Visa frågan: ${mine.subject}` }).click();
		await page.getByRole('heading', { name: mine.subject }).waitFor();
		assert.match(await page.locator('bk-ask-manager [part~="messages"]').textContent(), /Maria Holm.*Schemat kommer på fredag\./s);
		assert.match(await page.locator('bk-ask-manager [part~="history"]').textContent(), /Maria Holm svarade första gången\./);
		await page.getByLabel('Skriv vidare i tråden').fill('Tack!');
		await page.getByRole('button', { name: 'Skicka', exact: true }).click();
		await page.getByRole('status').getByText('Ditt svar är skickat.').waitFor();
		assert.equal(calls.find((call) => call.method === 'POST').key, undefined, 'no key header for a named question');

		await page.getByRole('button', { name: 'Stäng frågan' }).click();
		await page.getByRole('status').getByText('Frågan är stängd.').waitFor();
		assert.equal(await page.locator('bk-ask-manager [part~="state"]').textContent(), 'Stängd');
		await page.getByRole('button', { name: 'Tillbaka' }).click();
		assert.match(await page.getByRole('region', { name: 'Mina frågor' }).textContent(), /Stängd/);
	});

	test('toggles an upvote on the unit\'s Q&A with aria-pressed and the count', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await page.addInitScript(() => {
			window.upvotes = [];
			document.addEventListener('bk-question-upvoted', (event) => window.upvotes.push(event.detail));
		});
		await mount(page);

		const unit = page.getByRole('region', { name: 'Enhetens frågor och svar' });
		const button = unit.getByRole('button', { name: 'Jag undrar också: Parkering vid kontoret' });
		assert.equal(await button.getAttribute('aria-pressed'), 'false');
		assert.match(await unit.textContent(), /3 personer undrar också/);
		await button.focus();
		await page.keyboard.press('Enter');
		await page.getByRole('status').getByText('Du undrar också. 4 personer undrar över frågan.').waitFor();
		assert.equal(await button.getAttribute('aria-pressed'), 'true');
		assert.match(await unit.textContent(), /4 personer undrar också/);
		await page.keyboard.press('Space');
		await page.getByRole('status').getByText('Du undrar inte längre. 3 personer undrar över frågan.').waitFor();
		assert.equal(await button.getAttribute('aria-pressed'), 'false');
		assert.deepEqual(calls.filter((call) => call.path.endsWith('/upvote')).map((call) => call.method), ['PUT', 'DELETE']);
		assert.deepEqual(await page.evaluate(() => window.upvotes), [
			{ id: unitQuestion.id, upvoted: true, upvotes: 4 }, { id: unitQuestion.id, upvoted: false, upvotes: 3 }]);
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveQuestions(page, hub());
		await mount(page, { attributes: { lang: 'en' } });

		await page.getByRole('heading', { name: 'Ask your manager' }).waitFor();
		await page.getByRole('checkbox', { name: 'Ask anonymously' }).waitFor();
		assert.match(await page.getByRole('region', { name: 'Ask a question' }).textContent(), /What you write may itself reveal you/);
		await page.getByRole('region', { name: 'Questions and answers in your unit' }).getByText('3 people wonder too').waitFor();
	});

	test('sends the unit named by the unit attribute', async () => {
		const page = await newPage();
		const calls = await serveQuestions(page, hub());
		await mount(page, { attributes: { unit: 'u0000000-0000-4000-8000-000000000009' } });

		await ask(page);
		await page.getByRole('status').getByText('Din fråga är skickad till chefen.').waitFor();
		assert.equal(calls.find((call) => call.method === 'POST').body.unitId, 'u0000000-0000-4000-8000-000000000009');
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveQuestions(page, hub());
		await mount(page);
		assert.equal(await horizontalOverflow(page), 0, 'loaded');

		await ask(page, { anonymous: true, subject: 'Arbetsmiljöombudsrepresentantsutbildningstillfällena' });
		await page.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
		assert.equal(await horizontalOverflow(page), 0, 'key shown');

		await page.getByRole('button', { name: `Visa frågan: ${mine.subject}` }).click();
		await page.getByRole('heading', { name: mine.subject }).waitFor();
		assert.equal(await horizontalOverflow(page), 0, 'thread');
	});
});
