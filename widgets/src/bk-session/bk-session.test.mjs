/**
 * bk-session in real Chromium against a tiny OIDC provider in node (test/support/oidc-provider.mjs): axe and keyboard
 * first, then the authorization code flow with PKCE, the token handed to widgets without one of their own, silent
 * renewal before expiry and after a 4401 from the live socket, sign-out, an unreachable issuer and 320 px.
 */
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations, launchChromium } from '../../test/support/browser.mjs';
import { pagePerFile } from '../../test/support/pages.mjs';
import { startServer } from '../../test/support/server.mjs';
import { startOidcProvider } from '../../test/support/oidc-provider.mjs';
import { startLiveHub } from '../../test/support/live-hub.mjs';
import { json, serveApi } from '../../test/support/api.mjs';
import { focusedElement, tabTo } from '../../test/support/elements.mjs';

const maria = { id: 'd3b07384-d9a0-4c9b-8f1e-0c2d4b6e8f10', displayName: 'Maria Holm', email: 'maria.holm@budkavle.example',
	roles: [], units: [{ id: 'u1', name: 'Hemtjänst Syd' }], manages: [], manager: null };

let server;
let browser;
let filePage;
let provider;

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

beforeEach(async () => {
	provider = await startOidcProvider();
});

afterEach(async () => {
	await provider?.close();
});

function newPage(options = {}) {
	return filePage.fresh(options);
}

function pageUrl(query = {}) {
	return `${server.url}/session.html?${new URLSearchParams({ issuer: provider.url, ...query })}`;
}

const session = (page) => page.locator('bk-session');
const signInButton = (page) => session(page).getByRole('button', { name: 'Logga in' });
const signOutButton = (page) => session(page).getByRole('button', { name: 'Logga ut' });

/** Opens the page, waits for "Logga in", presses it with the keyboard and waits until Maria is signed in. */
async function signIn(page, query) {
	await page.goto(pageUrl(query));
	await signInButton(page).waitFor();
	await tabTo(page, 'sign-in-button');
	await page.keyboard.press('Enter');
	await session(page).getByText('Inloggad som Maria Holm').waitFor();
}

async function expectNoViolations(page, state) {
	const violations = await axeViolations(page);
	assert.equal(violations.length, 0, `${state}: ${formatViolations(violations)}`);
}

const pageToken = (page) => page.evaluate(() => window.Budkavle.token());


describe('bk-session', () => {
	test('has no axe violations signed out and signed in, and works with the keyboard alone', async () => {
		const page = await newPage();
		await page.goto(pageUrl());
		await signInButton(page).waitFor();
		await expectNoViolations(page, 'signed out');
		await tabTo(page, 'sign-in-button');
		await page.keyboard.press('Enter');
		await session(page).getByText('Inloggad som Maria Holm').waitFor();
		await expectNoViolations(page, 'signed in');
		const focused = await tabTo(page, 'sign-out-button');
		assert.equal(focused.text, 'Logga ut');
		assert.ok(focused.outlineWidth >= 2, 'a visible focus outline');
	});

	test('signs in with the authorization code flow and PKCE S256, and the token works for the page', async () => {
		const page = await newPage();
		await signIn(page);
		const [authorization] = provider.authorizations;
		assert.equal(authorization.response_type, 'code');
		assert.equal(authorization.client_id, 'budkavle-widgets');
		assert.equal(authorization.code_challenge_method, 'S256');
		assert.match(authorization.code_challenge, /^[A-Za-z0-9_-]{43}$/);
		assert.equal(authorization.ui_locales, 'sv');
		const exchange = provider.tokenRequests.find((request) => request.grant_type === 'authorization_code');
		assert.ok(exchange.code_verifier, 'the verifier is sent with the code (the provider checked it against the challenge)');
		assert.equal(await pageToken(page), provider.accessTokens[0]);
		assert.equal(new URL(page.url()).hash, '', 'the code is taken out of the address');
	});

	test('hands its token to every widget on the page that has none of its own', async () => {
		const page = await newPage();
		const calls = await serveApi(page, '**/api/v1/me', () => json(maria));
		await page.goto(pageUrl({ widgets: 'bk-me' }));
		await page.locator('bk-me').getByRole('alert').getByText('Logga in för att se det här.').waitFor();
		assert.equal(calls.length, 0, 'nothing is asked of the hub before anyone is signed in');
		await signIn(page, { widgets: 'bk-me' });
		await page.locator('bk-me').getByRole('heading', { name: /Maria Holm/ }).waitFor();
		assert.equal(calls.at(-1).authorization, `Bearer ${provider.accessTokens.at(-1)}`);
	});

	test('renews the token silently before it expires', async () => {
		provider.lifetime = 4;
		const page = await newPage();
		await signIn(page);
		const first = await pageToken(page);
		await page.waitForFunction((first) => window.Budkavle.token().then((token) => token && token !== first), first);
		const refreshes = provider.tokenRequests.filter((request) => request.grant_type === 'refresh_token');
		assert.ok(refreshes.length >= 1, 'renewed with the refresh token, no new sign-in');
		assert.equal(provider.authorizations.length, 1);
		assert.equal(await session(page).getByText('Inloggad som Maria Holm').count(), 1);
	});

	test('renews the token when the live socket is closed with 4401 and signs the socket in again', async () => {
		const hub = await startLiveHub();
		try {
			const page = await newPage();
			await serveApi(page, /\/api\/v1\/feed(\?|$)/, () => json({ items: [], next: null }));
			await signIn(page, { widgets: 'bk-news-feed', hub: hub.url });
			await hub.until(() => hub.open === 1);
			const first = hub.tokens.at(-1);
			assert.equal(first, provider.accessTokens.at(-1));
			hub.refused.add(first);
			hub.dropAll();
			await hub.until(() => hub.open === 1 && hub.tokens.at(-1) !== first, 15_000);
			assert.ok(provider.tokenRequests.some((request) => request.grant_type === 'refresh_token'));
			assert.equal(hub.tokens.at(-1), provider.accessTokens.at(-1), 'the socket signed in with the renewed token');
		} finally {
			await hub.close();
		}
	});

	test('signs out at the issuer and leaves the widgets without a token', async () => {
		const page = await newPage();
		await signIn(page);
		await signOutButton(page).click();
		await signInButton(page).waitFor();
		assert.equal(provider.logouts.length, 1);
		assert.equal(provider.logouts[0].post_logout_redirect_uri, pageUrl());
		assert.ok(provider.logouts[0].id_token_hint, 'the issuer is told whose session ends');
		assert.equal(await page.evaluate(() => window.Budkavle.token().then(() => 'a token', (error) => error.name)), 'SignedOut');
	});

	test('says so with a retry when the issuer cannot be reached', async () => {
		const page = await newPage();
		const unreachable = provider.url;
		await provider.close();
		provider = undefined;
		await page.goto(`${server.url}/session.html?${new URLSearchParams({ issuer: unreachable })}`);
		const alert = session(page).getByRole('alert');
		await alert.getByText('Det gick inte att nå inloggningstjänsten. Försök igen om en stund.').waitFor();
		await alert.getByRole('button', { name: 'Försök igen' }).waitFor();
		await expectNoViolations(page, 'issuer unreachable');
	});

	test('fits a 320 px wide screen signed in', async () => {
		const page = await newPage({ viewport: { width: 320, height: 640 } });
		await signIn(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		assert.equal(overflow, 0);
		const box = await signOutButton(page).boundingBox();
		assert.ok(box.x + box.width <= 320, 'the button is on screen');
	});
});
