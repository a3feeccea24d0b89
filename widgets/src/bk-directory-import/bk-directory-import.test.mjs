import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem, serveApi } from '../../test/support/api.mjs';

const API = '**/api/v1/admin/directory/**';

const FILE = '{"type":"unit","id":"stad","name":"Stockholms stad","kind":"ORGANISATION"}\n';

const history = [
	{ id: 'h2', source: 'upload', appliedAt: '2026-12-01T09:00:00Z', appliedBy: { id: 'p1', name: 'Nora Lund' }, total: 12 },
	{ id: 'h1', source: 'm365', appliedAt: '2026-11-30T08:00:00Z', appliedBy: null, total: 3 },
];

function preview(fields = {}) {
	return {
		changes: { unitsAdded: 1, unitsDeactivated: 0, peopleAdded: 2, peopleUpdated: 1, peopleReactivated: 0, peopleMoved: 1, peopleDeactivated: 1 },
		total: 5,
		deactivation: { activePeople: 8, peopleDeactivated: 1, activeAdmins: 1, adminsDeactivated: 0 },
		needsConfirmation: false,
		leavesNoAdmin: false,
		first: {
			added: [{ id: 'n1', name: 'Nya Nilsson' }, { id: 'n2', name: 'Per Persson' }],
			updated: [{ id: 'u1', name: 'Sofia Nilsson' }],
			moved: [{ id: 'm1', name: 'Karin Lindqvist' }],
			deactivated: [{ id: 'd1', name: 'Ahmed Hassan' }],
		},
		...fields,
	};
}

/** Answers the three routes; records the bodies and query of imports. */
function hub({ previewAnswer = () => json(preview()), importAnswer = () => json({ total: 5 }) } = {}) {
	const imports = [];
	let applied = false;
	const answer = (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('/previews')) return previewAnswer(request);
		if (url.pathname.endsWith('/imports')) {
			imports.push({ confirm: url.searchParams.get('confirm'), body: request.postData(), type: request.headers()['content-type'] });
			const reply = importAnswer(request);
			applied = reply.status === 200;
			return reply;
		}
		const entries = applied ? [{ ...history[0], id: 'h3', total: 5 }, ...history] : history;
		return json({ entries });
	};
	return { answer, imports };
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

async function mount(page, { lang } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-directory-import'));
	await page.evaluate(({ lang }) => {
		const element = document.createElement('bk-directory-import');
		if (lang) element.setAttribute('lang', lang);
		element.token = 'admin-token';
		document.getElementById('host').append(element);
	}, { lang });
}

async function choose(page) {
	await page.getByLabel('Katalogfil (JSON Lines)').setInputFiles({ name: 'organisation.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(FILE) });
}

function focusedPart(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return active.getAttribute('part') ?? active.id;
	});
}

describe('bk-directory-import', () => {
	test('has no WCAG 2.1 AA violations with the history, a preview with a warning and an error', async () => {
		const page = await newPage();
		let answer = () => json(preview({ needsConfirmation: true }));
		const { answer: api } = hub({ previewAnswer: () => answer() });
		await serveApi(page, API, api);
		await mount(page);
		await page.getByRole('table', { name: 'Senaste importerna och synkroniseringarna' }).waitFor();
		let violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));

		await choose(page);
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.getByRole('checkbox', { name: /Jag har kontrollerat vilka som inaktiveras/ }).waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));

		answer = () => ({ ...problem(422, 'directory-rejected', 'Directory rejected', ''),
			body: JSON.stringify({ type: 'urn:budkavle:problem:directory-rejected', status: 422, errors: [{ line: 3, field: 'kind', message: 'unknown kind' }] }) });
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.getByRole('alert').getByText('Rad 3: unknown kind').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('previews a file with counts and the first people of each kind, then applies it and shows it in the history', async () => {
		const page = await newPage();
		const { answer, imports } = hub();
		await serveApi(page, API, answer);
		await mount(page);
		await page.getByRole('cell', { name: 'Nora Lund' }).waitFor();
		await page.getByRole('cell', { name: 'Budkavle (automatiskt)' }).waitFor();
		await choose(page);
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.getByRole('heading', { name: 'Det här ändras (ändringar totalt: 5)' }).waitFor();
		await page.getByRole('row', { name: /Läggs till 2 Nya Nilsson, Per Persson/ }).waitFor();
		await page.getByRole('row', { name: /Inaktiveras 1 Ahmed Hassan/ }).waitFor();
		assert.equal(imports.length, 0, 'a preview applies nothing');

		await page.getByRole('button', { name: 'Genomför importen' }).click();
		await page.getByRole('status').getByText('Importen är genomförd. Ändringar: 5.').waitFor();
		assert.deepEqual(imports, [{ confirm: 'false', body: FILE, type: 'application/x-ndjson' }]);
		// The history is fetched again after the announcement: wait for the new row rather than count mid-render.
		await page.getByRole('row').filter({ hasText: 'Nora Lund' }).nth(1).waitFor();
	});

	test('a large deactivation is applied only after the check box is ticked, and then with confirm=true', async () => {
		const page = await newPage();
		const { answer, imports } = hub({ previewAnswer: () => json(preview({ needsConfirmation: true,
			deactivation: { activePeople: 8, peopleDeactivated: 3, activeAdmins: 2, adminsDeactivated: 1 } })) });
		await serveApi(page, API, answer);
		await mount(page);
		await choose(page);
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.getByText('Importen inaktiverar 3 av 8 aktiva personer. Administratörer bland dem: 1.', { exact: false }).waitFor();
		const apply = page.getByRole('button', { name: 'Genomför importen' });
		assert.equal(await apply.getAttribute('aria-disabled'), 'true');
		await apply.click({ force: true }); // aria-disabled keeps focus but Playwright treats it as disabled
		assert.equal(imports.length, 0);
		await page.getByRole('checkbox', { name: /antal: 3/ }).check();
		assert.equal(await apply.getAttribute('aria-disabled'), 'false');
		await apply.click();
		await page.getByText('Importen är genomförd. Ändringar: 5.').waitFor();
		assert.equal(imports[0].confirm, 'true');
	});

	test('a file that would leave no administrator cannot be applied', async () => {
		const page = await newPage();
		const { answer, imports } = hub({ previewAnswer: () => json(preview({ leavesNoAdmin: true, needsConfirmation: true })) });
		await serveApi(page, API, answer);
		await mount(page);
		await choose(page);
		await page.getByRole('button', { name: 'Förhandsgranska' }).click();
		await page.getByText(/Filen saknar alla aktiva administratörer/).waitFor();
		assert.equal(await page.getByRole('checkbox').count(), 0);
		const apply = page.getByRole('button', { name: 'Genomför importen' });
		assert.equal(await apply.getAttribute('aria-disabled'), 'true');
		await apply.click({ force: true });
		assert.equal(imports.length, 0);
	});

	test('can be used with the keyboard alone: file, preview, confirm and apply', async () => {
		const page = await newPage();
		const { answer, imports } = hub({ previewAnswer: () => json(preview({ needsConfirmation: true })) });
		await serveApi(page, API, answer);
		await mount(page);
		await page.getByRole('table').waitFor();
		await choose(page);
		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'file-input');
		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'preview-button');
		await page.keyboard.press('Enter');
		await page.getByRole('checkbox').waitFor();
		await page.getByRole('checkbox').focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		assert.equal(await focusedPart(page), 'apply-button');
		await page.keyboard.press('Enter');
		await page.getByText('Importen är genomförd. Ändringar: 5.').waitFor();
		assert.equal(imports[0].confirm, 'true');
	});

	test('speaks English and fits a 320 CSS px wide viewport', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		const { answer } = hub({ previewAnswer: () => json(preview({ needsConfirmation: true })) });
		await serveApi(page, API, answer);
		await mount(page, { lang: 'en' });
		await page.getByRole('table', { name: 'Latest imports and synchronisations' }).waitFor();
		await page.getByLabel('Directory file (JSON Lines)').setInputFiles({ name: 'o.jsonl', mimeType: 'text/plain', buffer: Buffer.from(FILE) });
		await page.getByRole('button', { name: 'Preview' }).click();
		await page.getByRole('button', { name: 'Apply the import' }).waitFor();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
	});
});
