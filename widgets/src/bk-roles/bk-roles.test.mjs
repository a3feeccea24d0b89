import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { json, problem, serveApi } from '../../test/support/api.mjs';

const ROLES = '**/api/v1/roles**';
const LENA = '5b1f0c6e-6a3d-4c1a-9f55-0c9a1f2b3c01';
const PETER = '5b1f0c6e-6a3d-4c1a-9f55-0c9a1f2b3c02';
const HSF = '8d2c1a44-1b2c-4d3e-8f90-1a2b3c4d5e01';
const ALDRE = '8d2c1a44-1b2c-4d3e-8f90-1a2b3c4d5e02';

const lena = {
	personId: LENA, displayName: 'Lena Sjöberg', role: 'communicator', unitId: HSF,
	unitName: 'Hägersten-Älvsjö stadsdelsförvaltning', grantedAt: '2026-11-30T08:00:00Z', grantedBy: null,
};
const nora = {
	personId: '5b1f0c6e-6a3d-4c1a-9f55-0c9a1f2b3c03', displayName: 'Nora Lund', role: 'admin', unitId: null,
	unitName: null, grantedAt: '2026-11-30T08:00:00Z', grantedBy: null,
};

/** The stub hub: a role table that PUT and DELETE change, and the people and unit searches. */
function hub({ refuse } = {}) {
	let grants = [lena, nora];
	return (request) => {
		const url = new URL(request.url());
		const method = request.method();
		if (url.pathname.endsWith('/roles/people')) return json([{ id: PETER, name: 'Peter Wikström', detail: 'HR-specialist' }]);
		if (url.pathname.endsWith('/roles/units')) {
			return json([{ id: ALDRE, name: 'Äldreomsorg', detail: 'Hägersten-Älvsjö stadsdelsförvaltning' }]);
		}
		if (method === 'PUT') {
			if (refuse) return refuse();
			const [, personId, role] = url.pathname.match(/roles\/([^/]+)\/([^/]+)$/);
			const unitId = url.searchParams.get('unitId');
			const grant = { personId, displayName: 'Peter Wikström', role, unitId, unitName: unitId ? 'Äldreomsorg' : null, grantedAt: '2026-12-01T08:00:00Z', grantedBy: null };
			grants = [...grants, grant];
			return json(grant, 201);
		}
		if (method === 'DELETE') {
			grants = grants.filter((grant) => !url.pathname.includes(`/${grant.personId}/${grant.role}`));
			return { status: 204, body: '' };
		}
		return json({ items: grants, next: null });
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

async function mount(page, { lang } = {}) {
	await page.goto(`${server.url}/`);
	await page.evaluate(() => customElements.whenDefined('bk-roles'));
	await page.evaluate(({ lang }) => {
		const element = document.createElement('bk-roles');
		if (lang) element.setAttribute('lang', lang);
		element.token = 'admin-token';
		document.getElementById('host').append(element);
	}, { lang });
}

function focused(page) {
	return page.evaluate(() => {
		let active = document.activeElement;
		while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
		return { id: active.id, part: active.getAttribute('part'), label: active.getAttribute('aria-label') };
	});
}

async function chooseAldreomsorgForPeter(page) {
	await page.getByLabel('Sök person (namn eller e-post)').fill('Peter');
	await page.getByLabel('Person', { exact: true }).locator('option', { hasText: 'Peter Wikström' }).waitFor({ state: 'attached' });
	await page.getByLabel('Roll', { exact: true }).selectOption('hr');
	await page.getByLabel('Sök enhet').fill('äldre');
	await page.getByLabel('Enhet', { exact: true }).locator('option', { hasText: 'Äldreomsorg' }).waitFor({ state: 'attached' });
}

describe('bk-roles', () => {
	test('lists who holds which role where, the whole organisation included', async () => {
		const page = await newPage();
		await serveApi(page, ROLES, hub());
		await mount(page);
		const table = page.getByRole('table', { name: 'Givna roller' });
		await table.waitFor();
		const rows = table.getByRole('row');
		assert.equal(await rows.count(), 3);
		assert.match(await rows.nth(1).textContent(), /Lena Sjöberg\s*Kommunikatör\s*Hägersten-Älvsjö stadsdelsförvaltning/);
		assert.match(await rows.nth(2).textContent(), /Nora Lund\s*Administratör\s*Hela organisationen/);
	});

	test('gives a role for a unit with its subunits and withdraws one, announcing each', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ROLES, hub());
		await mount(page);
		await page.getByRole('table').waitFor();
		await chooseAldreomsorgForPeter(page);
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		await page.getByRole('status').filter({ hasText: 'Rollen är given.' }).waitFor();
		await page.getByRole('row').filter({ hasText: 'Peter Wikström' }).waitFor();
		assert.ok(calls.some((call) => call.method === 'PUT' && call.url.endsWith(`/roles/${PETER}/hr?unitId=${ALDRE}`)));

		await page.getByRole('button', { name: 'Ta bort rollen Kommunikatör för Lena Sjöberg (Hägersten-Älvsjö stadsdelsförvaltning)' }).click();
		await page.getByRole('status').filter({ hasText: 'Rollen är borttagen.' }).waitFor();
		await page.waitForFunction(() => !document.querySelector('bk-roles').shadowRoot.textContent.includes('Lena Sjöberg'));
		assert.ok(calls.some((call) => call.method === 'DELETE' && call.url.endsWith(`/roles/${LENA}/communicator?unitId=${HSF}`)));
		assert.ok(calls.every((call) => call.authorization === 'Bearer admin-token'));
	});

	test('gives a role for the whole organisation without a unit', async () => {
		const page = await newPage();
		const calls = await serveApi(page, ROLES, hub());
		await mount(page);
		await page.getByRole('table').waitFor();
		await page.getByLabel('Sök person (namn eller e-post)').fill('Peter');
		await page.getByLabel('Person', { exact: true }).locator('option', { hasText: 'Peter Wikström' }).waitFor({ state: 'attached' });
		await page.getByRole('radio', { name: 'Hela organisationen' }).check();
		assert.equal(await page.getByLabel('Sök enhet').count(), 0, 'no unit to choose');
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		await page.getByRole('status').filter({ hasText: 'Rollen är given.' }).waitFor();
		assert.ok(calls.some((call) => call.method === 'PUT' && call.url.endsWith(`/roles/${PETER}/communicator`)));
	});

	test('says in an alert when the unit lies outside the administrator\'s part or nothing is chosen', async () => {
		const page = await newPage();
		await serveApi(page, ROLES, hub({ refuse: () => problem(403, 'role-grant-forbidden', 'Not your scope', '') }));
		await mount(page);
		await page.getByRole('table').waitFor();
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		await page.getByRole('alert').getByText('Välj en person och, om rollen gäller en enhet, en enhet.').waitFor();
		await chooseAldreomsorgForPeter(page);
		await page.getByRole('button', { name: 'Ge rollen' }).click();
		await page.getByRole('alert').getByText('Du administrerar inte den delen av organisationen.').waitFor();
		const violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('speaks English when its lang attribute says so', async () => {
		const page = await newPage();
		await serveApi(page, ROLES, hub());
		await mount(page, { lang: 'en' });
		await page.getByRole('table', { name: 'Roles given' }).waitFor();
		await page.getByText('The whole organisation', { exact: true }).first().waitFor();
		await page.getByRole('button', { name: 'Give the role' }).waitFor();
	});

	test('shows an empty table as text and a failed load with a retry button', async () => {
		const page = await newPage();
		let answer = () => json({ items: [], next: null });
		await serveApi(page, ROLES, (request) => answer(request));
		await mount(page);
		await page.getByText('Inga roller är givna här ännu.').waitFor();
		answer = () => problem(403, 'role-grant-forbidden', 'Not your scope', '');
		await page.evaluate(() => document.querySelector('bk-roles').refresh());
		await page.getByRole('button', { name: 'Försök igen' }).waitFor();
	});

	test('has no WCAG 2.1 AA violations loading, loaded, with the form filled and after a failure', async () => {
		const page = await newPage();
		await serveApi(page, ROLES, hub());
		await mount(page);
		let violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
		await page.getByRole('table').waitFor();
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
		await chooseAldreomsorgForPeter(page);
		violations = await axeViolations(page);
		assert.equal(violations.length, 0, formatViolations(violations));
	});

	test('can be used with the keyboard alone: from the table to the withdraw buttons and through the form', async () => {
		const page = await newPage();
		await serveApi(page, ROLES, hub());
		await mount(page);
		await page.getByRole('table').waitFor();
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).id, 'grants-region', 'the scrollable table region first');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).label, 'Ta bort rollen Kommunikatör för Lena Sjöberg (Hägersten-Älvsjö stadsdelsförvaltning)');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).id, 'person-search');
		await page.keyboard.type('Peter');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).id, 'person');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).id, 'role');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).id, 'unit-search');
		await page.keyboard.type('äldre');
		await page.getByLabel('Enhet', { exact: true }).locator('option', { hasText: 'Äldreomsorg' }).waitFor({ state: 'attached' });
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		assert.equal((await focused(page)).part, 'give-button');
		await page.keyboard.press('Enter');
		await page.getByRole('status').filter({ hasText: 'Rollen är given.' }).waitFor();
	});

	test('fits a 320 CSS px wide viewport without horizontal scrolling', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await serveApi(page, ROLES, hub());
		await mount(page);
		await page.getByRole('table').waitFor();
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(await overflow(), 0, 'loaded');
		await chooseAldreomsorgForPeter(page);
		assert.equal(await overflow(), 0, 'with the form filled');
	});
});
