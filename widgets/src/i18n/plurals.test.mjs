/**
 * The catalogues in real Chromium: plurals chosen by the browser's Intl.PluralRules for 0, 1 and many in Swedish and
 * English, the intranet's name from the hub in messages, and headings that hyphenate in the widget's language.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json } from '../../test/support/api.mjs';
import { mountElement } from '../../test/support/elements.mjs';
import { questionView, serveQuestions, summary } from '../../test/support/questions-api.mjs';

/** `count` overdue questions to the manager, each with `count` messages in its thread. */
function inbox(count) {
	return Array.from({ length: count }, (_, index) => summary(questionView({
		id: `77777777-7777-4777-8777-00000000000${index}`,
		subject: `Fråga nummer ${index + 1}`,
		state: 'OPEN',
		overdue: true,
		messages: Array.from({ length: count }, (__, message) => ({ id: `m${message}`, body: 'Svar', author: { id: 'b1', name: 'Maria Holm' }, byAsker: false, at: '2026-11-21T09:00:00Z' })),
	})));
}

const EXPECTED = {
	sv: { 0: '0 frågor, varav 0 försenade.', 1: '1 fråga, varav 1 försenad.', 3: '3 frågor, varav 3 försenade.' },
	en: { 0: '0 questions, 0 of them overdue.', 1: '1 question, 1 of them overdue.', 3: '3 questions, 3 of them overdue.' },
};

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

async function showInbox(page, lang, count) {
	await serveQuestions(page, () => json({ items: inbox(count), next: null }));
	await mountElement(page, `${server.url}/`, 'bk-question-inbox', { htmlLang: lang });
	const summaryLine = page.locator('bk-question-inbox [part~="summary"]');
	await summaryLine.waitFor();
	return summaryLine;
}

describe('plurals, the intranet name and hyphenation in Chromium', () => {
	for (const lang of ['sv', 'en']) {
		for (const count of [0, 1, 3]) {
			test(`${lang}: ${count} questions read as a real plural and the page stays axe clean`, async () => {
				const page = await newPage();
				const summaryLine = await showInbox(page, lang, count);

				assert.equal(await summaryLine.textContent(), EXPECTED[lang][count]);
				const violations = await axeViolations(page);
				assert.equal(violations.length, 0, formatViolations(violations));
			});
		}
	}

	test('the browser picks the plural: Intl.PluralRules says one for 1 and other for 0 and 3 in both languages', async () => {
		const page = await newPage();
		await page.goto(`${server.url}/`);
		const categories = await page.evaluate(() => ['sv', 'en'].map((lang) => [0, 1, 3].map((n) => new Intl.PluralRules(lang).select(n))));
		assert.deepEqual(categories, [['other', 'one', 'other'], ['other', 'one', 'other']]);
	});

	test('an error message names the intranet the hub is configured with, not Budkavle', async () => {
		const page = await newPage();
		const asked = [];
		await page.route('**/api/v1/ui', (route) => {
			asked.push(route.request().headers().authorization);
			return route.fulfill({ ...json({ productName: 'Insidan' }), headers: { 'access-control-allow-origin': '*' } });
		});
		await serveQuestions(page, () => 'abort');
		await mountElement(page, `${server.url}/`, 'bk-question-inbox');

		await page.getByRole('alert').getByText('Det gick inte att nå Insidan.', { exact: false }).waitFor();
		assert.deepEqual(asked, [undefined], 'asked once, without the token');
	});

	for (const lang of ['sv', 'en']) {
		test(`${lang}: headings hyphenate in the widget's language instead of breaking mid-word`, async () => {
			const page = await newPage();
			await showInbox(page, lang, 1);

			const heading = await page.evaluate(() => {
				const title = document.querySelector('bk-question-inbox').shadowRoot.querySelector('[part~="item-title"]');
				return { hyphens: getComputedStyle(title).hyphens, lang: title.closest('[lang]')?.getAttribute('lang') };
			});
			assert.deepEqual(heading, { hyphens: 'auto', lang });
		});
	}
});
