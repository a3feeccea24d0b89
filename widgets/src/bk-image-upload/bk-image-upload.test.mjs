import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { deferred, json, problem, serveApi } from '../../test/support/api.mjs';
import { focusedElement, horizontalOverflow, mountElement, tabTo } from '../../test/support/elements.mjs';

const ID = '5e1f0c2a-3b4d-4e6f-8a9b-0c1d2e3f4a5b';
/** 1×1 transparent PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const uploaded = { id: ID, url: `/api/v1/attachments/${ID}?sig=abc&exp=1`, width: 1, height: 1, contentType: 'image/png' };

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

async function assertNoViolations(page, label) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${label}: ${formatViolations(violations)}`);
}

function choose(page, name = 'schema.png', buffer = PNG) {
	return page.getByLabel('Infoga bild').setInputFiles({ name, mimeType: 'image/png', buffer });
}

describe('bk-image-upload', () => {
	test('has no WCAG 2.1 AA violations while idle, uploading, done and failed', async () => {
		const page = await newPage();
		const answer = deferred();
		let reply = json(uploaded, 201);
		await serveApi(page, '**/api/v1/attachments', async () => (await answer.promise, reply));
		await mountElement(page, `${server.url}/`, 'bk-image-upload');
		await page.getByLabel('Bildtext').waitFor();
		await assertNoViolations(page, 'idle');

		await page.getByLabel('Bildtext').fill('Schemat för december');
		await choose(page);
		await page.getByRole('status').getByText('Laddar upp bilden…').waitFor();
		await assertNoViolations(page, 'uploading');
		answer.resolve();
		await page.getByRole('status').getByText('Bilden är infogad i texten.').waitFor();
		await assertNoViolations(page, 'done');

		reply = problem(415, 'unsupported-image', 'Unsupported image', 'not an image');
		await page.getByLabel('Bildtext').fill('Något');
		await choose(page, 'text.png', Buffer.from('inte en bild'));
		await page.getByRole('alert').getByText(/Filen är ingen bild som går att använda/).waitFor();
		await assertNoViolations(page, 'failed');
	});

	test('uploads the file as the multipart field file with the token and emits the Markdown to insert', async () => {
		const page = await newPage();
		let body;
		const calls = await serveApi(page, '**/api/v1/attachments', async (request) => {
			body = request.postDataBuffer().toString('latin1');
			return json(uploaded, 201);
		});
		await mountElement(page, `${server.url}/`, 'bk-image-upload', { token: 'upload-token' });
		const inserted = page.evaluate(() => new Promise((resolve) => {
			document.addEventListener('bk-image-inserted', (event) => resolve(event.detail), { once: true });
		}));
		await page.getByLabel('Bildtext').fill('Schemat [december]');
		await choose(page);

		const detail = await inserted;
		assert.equal(detail.markdown, `![Schemat december](/api/v1/attachments/${ID})`);
		assert.equal(calls[0].method, 'POST');
		assert.equal(calls[0].authorization, 'Bearer upload-token');
		assert.match(body, /name="file"; filename="schema.png"/);
		assert.equal(await page.getByLabel('Bildtext').inputValue(), '', 'ready for the next image');
	});

	test('asks for the image description first and puts focus there, sending nothing', async () => {
		const page = await newPage();
		const calls = await serveApi(page, '**/api/v1/attachments', () => json(uploaded, 201));
		await mountElement(page, `${server.url}/`, 'bk-image-upload');
		await choose(page);

		await page.getByRole('alert').getByText('Skriv en bildtext innan du väljer bild.').waitFor();
		assert.equal((await focusedElement(page)).part, 'alt-input');
		assert.equal(calls.length, 0);
	});

	test('says when the image is too large (413)', async () => {
		const page = await newPage();
		await serveApi(page, '**/api/v1/attachments', () => problem(413, 'attachment-too-large', 'Image too large', ''));
		await mountElement(page, `${server.url}/`, 'bk-image-upload', { attributes: { lang: 'en' } });
		await page.getByLabel('Image description').fill('Map');
		await page.getByLabel('Insert image').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: PNG });
		await page.getByRole('alert').getByText('The image is too large. Choose one of at most 5 MB.').waitFor();
	});

	test('is reached by keyboard with visible focus and fits 320 CSS px', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await mountElement(page, `${server.url}/`, 'bk-image-upload');
		await page.getByLabel('Bildtext').waitFor();
		await tabTo(page, 'alt-input');
		const focused = await tabTo(page, 'file-input');
		assert.notEqual(focused.outlineStyle, 'none');
		assert.equal(await horizontalOverflow(page), 0);
	});

	test('inside bk-compose it inserts the image where the cursor is in the body', async () => {
		const page = await newPage();
		await serveApi(page, '**/api/v1/posts/targets', () => json({ items: [
			{ unitId: '1b2c3d4e-5f60-4172-93a4-b5c6d7e8f9a0', name: 'Hemtjänst Syd', kind: 'UNIT', parentId: null, depth: 3 }] }));
		await serveApi(page, '**/api/v1/language/readability', () => json({ lix: 20, level: 'VERY_EASY', words: 4, sentences: 2,
			longWords: 0, longSentences: [], flaggedWords: [] }));
		await serveApi(page, '**/api/v1/attachments', () => json(uploaded, 201));
		await mountElement(page, `${server.url}/`, 'bk-compose');
		const body = page.getByLabel(/^Text/);
		await body.fill('Första stycket.\n\nSista stycket.');
		await body.evaluate((textarea) => textarea.setSelectionRange(15, 15));
		await page.getByLabel('Bildtext').fill('Schemat');
		await choose(page);
		await page.getByRole('status').getByText('Bilden är infogad i texten.').waitFor();
		assert.equal(await body.inputValue(), `Första stycket.\n\n![Schemat](/api/v1/attachments/${ID})\n\nSista stycket.`);
	});
});
