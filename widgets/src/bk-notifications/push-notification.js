/**
 * What the push service worker (`bk-push-sw.js`) shows for one message of the hub's `web-push` channel, as pure
 * functions the worker and its unit tests share: the payload `{id, kind, title, body, link, urgency}` the hub sends
 * (WebPushChannel) becomes a notification's title and options, and a click opens the message's link.
 *
 * The worker is told in its own address where the hub is (`hub`) and which page turned notifications on (`home`):
 * a link the hub gives as a path belongs to the hub, and a message without a link (a crisis message) opens that page,
 * where the crisis banner is.
 */

/** A URL when `value` is an absolute http(s) URL, else undefined. */
function httpUrl(value) {
	if (typeof value !== 'string' || value === '') return undefined;
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The worker's settings from its script address and scope: the hub's base URL and the page to open for a message
 * without a link; both default to the scope's origin.
 * @param {string} workerHref the worker's own address (`self.location.href`)
 * @param {string} scope its registration's scope
 */
export function settingsOf(workerHref, scope) {
	const query = new URL(workerHref).searchParams;
	const fallback = new URL('/', scope).href;
	const hub = httpUrl(query.get('hub'));
	const home = httpUrl(query.get('home'));
	return {
		hub: (hub?.href ?? fallback).replace(/\/+$/, ''),
		home: home?.href ?? fallback,
	};
}

/** The message the push carried: the hub's JSON, or plain text as the body (an empty push says nothing). */
export function parsePayload(text) {
	if (typeof text !== 'string' || text === '') return {};
	try {
		const value = JSON.parse(text);
		return value && typeof value === 'object' && !Array.isArray(value) ? value : { body: String(value) };
	} catch {
		return { body: text };
	}
}

/**
 * Where a click on the message goes: a hub path on the hub, an http(s) link as it is, anything else (no link, a
 * `javascript:` one) the page that turned notifications on.
 */
export function openUrl(link, { hub, home }) {
	if (typeof link === 'string' && link.startsWith('/') && !link.startsWith('//')) {
		return httpUrl(`${hub}${link}`)?.href ?? home;
	}
	return httpUrl(link)?.href ?? home;
}

/**
 * The notification for a message: its title (ÖVNING included, as the hub writes it for an exercise), its text, shown
 * under the delivery's id so that a retried message replaces rather than repeats it; an urgent one (a crisis message)
 * stays on screen until the person acts on it and alerts again when replaced.
 * @param {object} payload the parsed message
 * @param {{hub: string, home: string}} settings from {@link settingsOf}
 * @returns {{title: string, options: NotificationOptions}}
 */
export function notificationOf(payload, settings) {
	const urgent = payload.urgency === 'high';
	const tag = typeof payload.id === 'string' && payload.id !== '' ? payload.id : undefined;
	const title = typeof payload.title === 'string' && payload.title.trim() !== '' ? payload.title : new URL(settings.home).host;
	const options = {
		body: typeof payload.body === 'string' ? payload.body : '',
		data: { url: openUrl(payload.link, settings), kind: typeof payload.kind === 'string' ? payload.kind : undefined },
		requireInteraction: urgent,
	};
	if (tag) {
		options.tag = tag;
		// renotify without a tag is a TypeError in showNotification
		options.renotify = urgent;
	}
	return { title, options };
}
