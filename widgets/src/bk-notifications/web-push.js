/**
 * The browser side of Web Push for `<bk-notifications>`: whether the browser can, where the service worker is, and
 * subscribing with the hub's key and unsubscribing. The page's origin must serve the worker (browsers register
 * service workers of the page's own origin only): the hub's copy beside the bundle when the page is on the hub's
 * origin, else the copy the intranet serves, named by the element's `push-worker-url`.
 */

/** The worker's file name beside the bundle. */
export const WORKER_FILE = 'bk-push-sw.js';

/** Whether this browser can show pushed notifications at all. */
export function pushSupported() {
	return 'serviceWorker' in navigator && typeof PushManager === 'function' && typeof Notification === 'function';
}

/**
 * The address to register the worker at, with the hub and the page in its query (push-notification.js), or undefined
 * when it would be on another origin than the page (which no browser allows).
 * @param {{configured?: string, hub?: string, page: string}} where `configured`: the `push-worker-url` attribute;
 * `hub`: the element's hub ('' = the page's origin); `page`: the page's address
 */
export function workerUrl({ configured, hub, page }) {
	const hubBase = (hub ?? '').trim().replace(/\/+$/, '');
	let url;
	let hubUrl;
	try {
		url = new URL(configured || `${hubBase}/widgets/${WORKER_FILE}`, page);
		hubUrl = new URL(hubBase || '/', page);
	} catch {
		return undefined;
	}
	if (url.origin !== new URL(page).origin) return undefined;
	const home = new URL(page);
	home.hash = '';
	url.searchParams.set('hub', hubUrl.href.replace(/\/+$/, ''));
	url.searchParams.set('home', home.href);
	return url.href;
}

/** The hub's key (base64url) as the bytes PushManager.subscribe takes. */
export function keyBytes(base64url) {
	const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** Whether the subscription was made with this key (one made with an earlier key of the hub reaches nobody). */
export function madeWithKey(subscription, key) {
	const used = subscription.options?.applicationServerKey;
	if (!used) return false;
	const expected = keyBytes(key);
	const actual = new Uint8Array(used);
	return actual.length === expected.length && actual.every((byte, index) => byte === expected[index]);
}

/** The browser's current subscription under the worker at `url`, or null. */
export async function currentSubscription(url) {
	const registration = await navigator.serviceWorker.getRegistration(url);
	return registration ? registration.pushManager.getSubscription() : null;
}

/** Registers the worker, waits until it is active, and subscribes with the hub's key (every message shown). */
export async function subscribe(url, key) {
	const registration = await activated(await navigator.serviceWorker.register(url));
	const existing = await registration.pushManager.getSubscription();
	if (existing && madeWithKey(existing, key)) return existing;
	await existing?.unsubscribe();
	return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(key) });
}

/** What the hub stores of a subscription: its endpoint and keys. */
export function subscriptionBody(subscription) {
	const { endpoint, keys } = subscription.toJSON();
	return { endpoint, keys: { p256dh: keys?.p256dh, auth: keys?.auth } };
}

/** Resolves once the registration has an active worker (subscribing needs one). */
function activated(registration) {
	if (registration.active) return Promise.resolve(registration);
	const worker = registration.installing ?? registration.waiting;
	if (worker.state === 'activated') return Promise.resolve(registration);
	return new Promise((resolve, reject) => {
		worker.addEventListener('statechange', () => {
			if (worker.state === 'activated') resolve(registration);
			else if (worker.state === 'redundant') reject(new Error('The service worker could not be installed'));
		});
	});
}
