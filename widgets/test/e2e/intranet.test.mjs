// End-to-end: Budkavle embedded in an intranet on another origin, signed in at a real Keycloak — real hub, real
// PostgreSQL, real Keycloak, real Chromium. Run by the backend's IntranetEmbeddingIT with
//   BK_HUB_URL        the hub (Keycloak-backed, with the intranet among its allowed origins)
//   BK_ISSUER         the Keycloak realm URL
//   BK_INTRANET_PORT  the port for the intranet page, the one the realm's client lists as web origin and redirect URI
// The page here uses the generic snippet of README.md: the loader from the hub, <bk-session>, and the elements.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request as httpRequest } from 'node:http';
import { launchChromium } from '../support/browser.mjs';

const hub = process.env.BK_HUB_URL;
const issuer = process.env.BK_ISSUER;
const port = Number(process.env.BK_INTRANET_PORT);
const intranet = `http://127.0.0.1:${port}`;

let server;
let browser;
const people = {};

const PAGE = () => `<!doctype html>
<html lang="sv">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>Intranätet – startsida</title>
	<script type="module" src="${hub}/widgets/budkavle.js"></script>
	<script type="module" src="/intranet.js"></script>
</head>
<body>
	<header><bk-session issuer="${issuer}" client-id="budkavle-widgets"></bk-session></header>
	<main>
		<h1>Intranätet</h1>
		<section><h2>Skriv en nyhet</h2><bk-compose hub="${hub}" heading-level="3"></bk-compose></section>
		<section><h2>Nyheter</h2><bk-news-feed hub="${hub}" heading-level="3"></bk-news-feed></section>
		<section><h2>Nyheten</h2><bk-post id="post" hub="${hub}" heading-level="3"></bk-post></section>
		<section><h2>Fråga chefen</h2><bk-ask-manager hub="${hub}" heading-level="3"></bk-ask-manager></section>
	</main>
</body>
</html>`;

// What an intranet adds itself: a post chosen in the feed opens in bk-post.
const SCRIPT = `document.addEventListener('bk-open-post', (event) => {
	document.getElementById('post').setAttribute('post', event.detail.id);
});
`;

before(async () => {
	assert.ok(hub && issuer && port, 'BK_HUB_URL, BK_ISSUER and BK_INTRANET_PORT must be set');
	server = createServer((request, response) => {
		const script = request.url === '/intranet.js';
		response.writeHead(200, { 'content-type': script ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
		response.end(script ? SCRIPT : PAGE());
	});
	await new Promise((ready) => server.listen(port, '127.0.0.1', ready));
	browser = await launchChromium();
});

after(async () => {
	await browser?.close();
	await new Promise((closed) => (server ? server.close(closed) : closed()));
});

/** Opens the intranet page in a browser context of its own and records what a test needs to look at. */
async function open(key) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const person = { page, sockets: 0, authorizations: [], failures: [] };
	page.on('websocket', () => { person.sockets += 1; });
	page.on('request', (request) => {
		if (request.url().startsWith(`${issuer}/protocol/openid-connect/auth`)) person.authorizations.push(new URL(request.url()));
	});
	page.on('console', (message) => { if (message.type() === 'error') person.failures.push(message.text()); });
	await page.goto(intranet);
	people[key] = person;
	return person;
}

/** Resolves when `predicate()` holds, checked every 200 ms; fails with `message` after `timeout` ms. */
async function until(predicate, timeout, message) {
	const deadline = Date.now() + timeout;
	while (!predicate()) {
		if (Date.now() > deadline) assert.fail(message);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** One API call to the hub on a connection of its own; resolves with the status and the parsed body. */
function call(method, path, bearer, body) {
	return new Promise((resolve, reject) => {
		const request = httpRequest(new URL(path, hub), {
			method, agent: false, timeout: 20_000,
			headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json', 'Content-Type': 'application/json' },
		}, (response) => {
			let text = '';
			response.on('data', (chunk) => { text += chunk; });
			response.on('end', () => resolve({ status: response.statusCode, body: text ? JSON.parse(text) : null }));
		});
		request.on('timeout', () => request.destroy(new Error(`${method} ${path} got no answer in 20 s`)));
		request.on('error', reject);
		request.end(body === undefined ? undefined : JSON.stringify(body));
	});
}

const failures = (person) => `\nbrowser errors: ${person.failures.join('\n') || 'none'}`;

async function signIn(person, username, name) {
	const { page } = person;
	await page.locator('bk-session').getByRole('button', { name: 'Logga in' }).waitFor({ timeout: 20_000 })
		.catch((error) => assert.fail(`no sign-in button: ${error.message}${failures(person)}`));
	await page.locator('bk-session').getByRole('button', { name: 'Logga in' }).click();
	await page.locator('#username').fill(username);
	await page.locator('#password').fill('demo');
	await page.locator('#kc-login').click();
	await page.locator('bk-session').getByText(`Inloggad som ${name}`).waitFor({ timeout: 20_000 })
		.catch((error) => assert.fail(`not signed in as ${name}: ${error.message}${failures(person)}`));
}

/** Each step fails on its own instead of hanging the whole script (the expiry step waits for a token lifetime). */
const STEP_TIMEOUT = 150_000;

const token = (person) => person.page.evaluate(() => window.Budkavle.token());
const title = `Ny nyckelrutin i hemtjänsten ${Date.now()}`;
const question = `Hur blir det med helgerna? ${Date.now()}`;
const answer = 'Helgerna följer samma rutin som vardagarna.';

test('the intranet on another origin loads budkavle.js from the hub as a module and the elements are defined', { timeout: STEP_TIMEOUT }, async () => {
	const employee = await open('employee');
	const defined = await employee.page.evaluate(() => Promise.race([
		customElements.whenDefined('bk-session').then(() => true),
		new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
	]));
	assert.ok(defined, `bk-session was never defined: the bundle did not load cross-origin${failures(employee)}`);
});

test('the employee signs in at Keycloak through bk-session with the authorization code flow and PKCE', { timeout: STEP_TIMEOUT }, async () => {
	const employee = people.employee;
	await signIn(employee, 'employee', 'Ahmed Hassan');
	const [authorization] = employee.authorizations;
	assert.equal(authorization.searchParams.get('response_type'), 'code');
	assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256');
	assert.ok(authorization.searchParams.get('code_challenge'));
	await employee.page.locator('bk-news-feed').locator('[part~="list"], [part~="empty"]').first().waitFor();
});

test('the manager signs in in another browser', { timeout: STEP_TIMEOUT }, async () => {
	await signIn(await open('manager'), 'enhet-manager', 'Maria Holm');
});

test('token expiry is survived: the tokens are renewed silently and the live socket signs in again', { timeout: STEP_TIMEOUT }, async () => {
	const { employee, manager } = people;
	const first = { employee: await token(employee), manager: await token(manager) };
	// The realm's access tokens live 40 s: bk-session renews them before they expire; the hub closes the live socket
	// with 4401 when the token it signed in with expires, and the page connects again with the renewed one.
	await employee.page.waitForFunction((old) => window.Budkavle.token().then((now) => now && now !== old), first.employee,
		{ timeout: 90_000, polling: 1000 });
	await manager.page.waitForFunction((old) => window.Budkavle.token().then((now) => now && now !== old), first.manager,
		{ timeout: 90_000, polling: 1000 });
	await until(() => employee.sockets >= 2, 90_000, 'the live socket was closed at expiry and opened again');
	assert.equal(employee.authorizations.length, 1, 'renewed without signing in again');
});

test('the manager posts to Hemtjänst Syd asking for acknowledgement', { timeout: STEP_TIMEOUT }, async () => {
	const compose = people.manager.page.locator('bk-compose');
	await compose.getByRole('treeitem', { name: 'Hemtjänst Syd', exact: true }).click();
	await compose.locator('#title').fill(title);
	await compose.locator('#body').fill('Från och med måndag hämtar vi nycklarna i receptionen. Kvittera att du har läst.');
	await compose.getByRole('checkbox', { name: /Be mottagarna kvittera/ }).check();
	const inAWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000 - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
	await compose.locator('#deadline').fill(inAWeek);
	await compose.getByRole('button', { name: 'Publicera' }).click();
	await compose.getByText(/Nyheten är publicerad och når \d+ personer\./).waitFor();
});

test('the employee sees the post arrive live and acknowledges it', { timeout: STEP_TIMEOUT }, async () => {
	const { page } = people.employee;
	const heading = page.locator('bk-news-feed').getByRole('heading', { name: title });
	await heading.waitFor({ timeout: 20_000 });
	await heading.getByRole('button').click();
	await page.locator('bk-post').getByRole('heading', { name: title }).waitFor();
	await page.locator('bk-post').getByRole('button', { name: 'Jag har läst' }).click();
	await page.locator('bk-post').getByRole('status').getByText('Tack! Din kvittens är registrerad.').waitFor();
});

test('the employee asks the manager anonymously, the manager answers, and the employee reads it with the key', { timeout: STEP_TIMEOUT }, async () => {
	const { employee, manager } = people;
	const ask = employee.page.locator('bk-ask-manager');
	await ask.getByLabel('Rubrik').fill(question);
	await ask.getByLabel('Din fråga').fill('Gäller den nya nyckelrutinen på helgerna också?');
	await ask.getByLabel('Ställ frågan anonymt').check();
	await ask.getByRole('button', { name: 'Skicka frågan' }).click();
	await ask.getByRole('heading', { name: 'Spara din uppföljningskod' }).waitFor();
	const key = await ask.locator('#follow-up-key').inputValue();
	assert.ok(key.length > 10, 'a follow-up key is shown');

	// The manager answers through the hub's API with the token her bk-session holds. Sent from here on a fresh
	// connection per request, because of the keep-alive stall of Reactor Netty 1.3.6 (README, "Known issue").
	const managerToken = await token(manager);
	const inbox = await call('GET', '/api/v1/questions?box=inbox', managerToken);
	const asked = inbox.body.items.find((item) => item.subject === question);
	assert.ok(asked, `the question is in the manager's inbox: ${JSON.stringify(inbox.body)}`);
	const answered = await call('POST', `/api/v1/questions/${asked.id}/answers`, managerToken, { body: answer });
	assert.equal(answered.status, 200, JSON.stringify(answered.body));

	await ask.locator('[part~="key-input"]').fill(key);
	await ask.getByRole('button', { name: 'Öppna med koden' }).click();
	await ask.getByRole('heading', { name: question }).waitFor();
	await ask.locator('[part~="messages"]').getByText(answer).waitFor();
});
