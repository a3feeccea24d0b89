// The persona switcher of the demo intranet: lists the demo personas, remembers the choice in localStorage and
// hands every bk-* widget a token for the chosen person, renewing it when a widget reports that it has expired.
// It also wires the widgets together as an intranet would: a post chosen in the feed opens in bk-post with its
// comments, the manager tools (compose, the question inbox) show for managers and communicators, the reach dashboard
// for managers, HR and communicators, the administration for admins, and the acknowledgement progress for a post the
// persona wrote or manages. A link from the hub's messages (?budkavle-post=<id>, budkavle.delivery.links.post) opens
// its post the same way: bk-news-feed fires bk-open-post for it once the feed shows it.

const STORAGE_KEY = 'budkavle.demo.persona';
const DEFAULT_PERSONA = 'employee';
const RENEW_BEFORE_EXPIRY_MS = 30_000;
const MIN_RETRY_INTERVAL_MS = 10_000;

const select = document.getElementById('persona');
const status = document.getElementById('persona-status');
const description = document.getElementById('persona-description');
const error = document.getElementById('persona-error');

let personas = [];
let current = null;
let issued = null;
const lastRetry = new WeakMap();

const personasLoaded = loadPersonas();

// The widgets' global fallback: any bk-* element without its own token asks here.
window.Budkavle = Object.assign(window.Budkavle ?? {}, { token: () => token() });

select.addEventListener('change', () => {
	choose(personas.find((persona) => persona.personId === select.value));
	remember(current?.key);
	giveWidgetsNewToken();
});

document.addEventListener('bk-token-expired', (event) => {
	const widget = event.target;
	if (!(widget instanceof Element)) {
		// The page's live connection (window.Budkavle.live) was refused: its next attempt asks token() anew.
		issued = null;
		return;
	}
	if (Date.now() - (lastRetry.get(widget) ?? 0) < MIN_RETRY_INTERVAL_MS) {
		showError('Widgeten kunde inte logga in som den valda personen. Ladda om sidan för att försöka igen.');
		return;
	}
	lastRetry.set(widget, Date.now());
	issued = null;
	// After the widget has finished reacting to the 401 itself, hand it a fresh token (which reloads it).
	queueMicrotask(() => {
		widget.token = () => token();
	});
});

async function loadPersonas() {
	try {
		const response = await fetch('/demo/personas', { headers: { Accept: 'application/json' } });
		if (!response.ok) {
			throw new Error(`GET /demo/personas answered ${response.status}`);
		}
		personas = await response.json();
		select.replaceChildren(...personas.map(option));
		// The key is remembered rather than the person id, which changes when the demo database is made anew.
		const stored = recall();
		const chosen = personas.find((persona) => persona.key === stored)
			?? personas.find((persona) => persona.key === DEFAULT_PERSONA) ?? personas[0];
		select.value = chosen?.personId ?? '';
		choose(chosen);
	}
	catch (cause) {
		showError('Det gick inte att hämta demopersonerna. Ladda om sidan för att försöka igen.');
		throw cause;
	}
}

function option(persona) {
	const element = document.createElement('option');
	element.value = persona.personId;
	element.textContent = `${persona.displayName} – ${persona.title}`;
	return element;
}

function choose(persona) {
	current = persona ?? null;
	issued = null;
	status.textContent = current ? `Du ser Insidan som ${current.displayName} (${current.title}).` : '';
	description.textContent = current?.description ?? '';
	error.textContent = '';
	showNewsFor(current);
}

async function token() {
	await personasLoaded;
	if (!current) {
		throw new Error('No demo persona chosen');
	}
	if (!issued || issued.key !== current.key || Date.now() > issued.renewAt) {
		issued = issue(current);
	}
	return (await issued.value).accessToken;
}

function issue(persona) {
	const value = fetch('/demo/token', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ personId: persona.personId }),
	}).then(async (response) => {
		if (!response.ok) {
			showError(`Det gick inte att logga in som ${persona.displayName}. Ladda om sidan för att försöka igen.`);
			throw new Error(`POST /demo/token answered ${response.status}`);
		}
		const body = await response.json();
		return { accessToken: body.access_token, expiresIn: body.expires_in };
	});
	const entry = { key: persona.key, value, renewAt: Infinity };
	value.then((body) => {
		entry.renewAt = Date.now() + body.expiresIn * 1000 - RENEW_BEFORE_EXPIRY_MS;
	}, () => {
		entry.renewAt = 0;
	});
	return entry;
}

// Each widget reloads when its token property is set; a new function each time makes it a change.
function giveWidgetsNewToken() {
	const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('bk-'));
	for (const widget of widgets) {
		customElements.whenDefined(widget.localName).then(() => {
			widget.token = () => token();
		});
	}
}

function remember(key) {
	try {
		if (key) {
			localStorage.setItem(STORAGE_KEY, key);
		}
	}
	catch {
		// Storage may be switched off; the choice then lasts until the page is reloaded.
	}
}

function recall() {
	try {
		return localStorage.getItem(STORAGE_KEY);
	}
	catch {
		return null;
	}
}

function showError(message) {
	error.textContent = message;
}

// --- The news widgets -------------------------------------------------------------------------------------------

const POSTS_KEY = 'budkavle.demo.posts.';
const PUBLISHED_EVENTS = ['bk-post-published'];
const ACKNOWLEDGED_EVENTS = ['bk-acknowledged'];
const newsFeed = document.getElementById('news-feed');
const postSection = document.getElementById('post-section');
const postHeading = document.getElementById('post-heading');
const postWidget = document.getElementById('post');
const commentsWidget = document.getElementById('comments');
const composeSection = document.getElementById('compose-section');
const inboxSection = document.getElementById('inbox-section');
const managerTools = document.getElementById('manager-tools');
const reachSection = document.getElementById('reach-section');
const adminSection = document.getElementById('admin-section');
const recordsSection = document.getElementById('records-section');
const ackSection = document.getElementById('ack-section');
const ackWidget = document.getElementById('ack-progress');

document.addEventListener('bk-open-post', (event) => {
	const id = event.detail?.id;
	if (!id) {
		return;
	}
	postWidget.setAttribute('post', id);
	commentsWidget.setAttribute('post', id);
	postSection.hidden = false;
	postHeading.focus();
	postSection.scrollIntoView?.({ block: 'start' });
	showProgressFor(current?.key, [id]);
});

for (const type of PUBLISHED_EVENTS) {
	document.addEventListener(type, (event) => {
		const id = event.detail?.id ?? event.detail?.postId;
		if (id) {
			rememberPost(current?.key, id);
			showProgressFor(current?.key, [id]);
		}
		newsFeed.refresh?.();
	});
}

for (const type of ACKNOWLEDGED_EVENTS) {
	document.addEventListener(type, () => {
		newsFeed.refresh?.();
		ackWidget.refresh?.();
	});
}

// Called whenever the persona changes: nothing of the previous persona's post stays on the page.
async function showNewsFor(persona) {
	postSection.hidden = true;
	postWidget.removeAttribute('post');
	commentsWidget.removeAttribute('post');
	ackSection.hidden = true;
	ackWidget.removeAttribute('post');
	showTools({});
	showCrisisTools(null);
	if (!persona) {
		return;
	}
	const me = await api('me').catch(() => null);
	if (current?.key !== persona.key) {
		return;
	}
	const roles = me?.roles ?? [];
	const manages = (me?.manages?.length ?? 0) > 0;
	showTools({
		compose: manages || roles.some((role) => role === 'communicator' || role === 'admin'),
		inbox: manages,
		reach: manages || roles.some((role) => role === 'hr' || role === 'communicator'),
		admin: roles.includes('admin'),
		records: roles.includes('records'),
	});
	showCrisisTools(me);
	const feed = await api('feed?limit=20').catch(() => ({ items: [] }));
	const asked = (feed.items ?? []).filter((item) => item.acknowledgement?.required).map((item) => item.id);
	await showProgressFor(persona.key, [...recalledPosts(persona.key), ...asked]);
}

// Shows the tools this persona may use, with their menu links, and hides the rest.
function showTools({ compose = false, inbox = false, reach = false, admin = false, records = false }) {
	composeSection.hidden = !compose;
	inboxSection.hidden = !inbox;
	managerTools.hidden = !compose && !inbox;
	reachSection.hidden = !reach;
	adminSection.hidden = !admin;
	recordsSection.hidden = !records;
	for (const item of document.querySelectorAll('[data-for]')) {
		item.hidden = document.getElementById(item.dataset.for)?.hidden ?? true;
	}
}

// Shows acknowledgement progress for the first of these posts whose progress the persona may see.
async function showProgressFor(key, candidates) {
	for (const id of [...new Set(candidates)].slice(0, 6)) {
		if (!key || current?.key !== key) {
			return;
		}
		if (ackWidget.getAttribute('post') === id) {
			return;
		}
		const allowed = await api(`posts/${encodeURIComponent(id)}/acknowledgements`).then(() => true, () => false);
		if (allowed && current?.key === key) {
			ackWidget.setAttribute('post', id);
			ackSection.hidden = false;
			return;
		}
	}
}

async function api(path) {
	const response = await fetch(`/api/v1/${path}`, {
		headers: { Accept: 'application/json', Authorization: `Bearer ${await token()}` },
	});
	if (!response.ok) {
		throw new Error(`GET /api/v1/${path} answered ${response.status}`);
	}
	return response.json();
}

// Posts this persona wrote in this browser, newest first, so their progress can be shown again after a reload.
function rememberPost(key, id) {
	if (!key) {
		return;
	}
	try {
		const posts = [id, ...recalledPosts(key).filter((known) => known !== id)].slice(0, 5);
		localStorage.setItem(POSTS_KEY + key, JSON.stringify(posts));
	}
	catch {
		// Without storage the progress shows until the page is reloaded.
	}
}

function recalledPosts(key) {
	try {
		const posts = JSON.parse(localStorage.getItem(POSTS_KEY + key) ?? '[]');
		return Array.isArray(posts) ? posts.filter((id) => typeof id === 'string') : [];
	}
	catch {
		return [];
	}
}

// Crisis messages: the roll call for managers and the crisis role, the console for the crisis role, communicators and
// administrators (the server decides what each may do; this only hides what a persona cannot use).
function showCrisisTools(me) {
	const roles = me?.roles ?? [];
	const rollCall = (me?.manages?.length ?? 0) > 0 || roles.includes('crisis');
	const sends = roles.some((role) => role === 'crisis' || role === 'communicator' || role === 'admin');
	document.getElementById('roll-call').toggleAttribute('whole', roles.includes('crisis'));
	document.getElementById('roll-call-section').hidden = !rollCall;
	document.getElementById('crisis-console-section').hidden = !sends;
	document.getElementById('crisis-section').hidden = !rollCall && !sends;
	for (const item of document.querySelectorAll('[data-for="crisis-section"]')) {
		item.hidden = !rollCall && !sends;
	}
}

