/**
 * The push service worker the hub publishes beside the widget bundle as `/widgets/bk-push-sw.js` (built as a classic
 * script by build.mjs). `<bk-notifications>` registers it when the person turns on notifications in the browser: it
 * shows each message of the hub's `web-push` channel as a notification and, on a click, focuses a window already
 * showing its link or opens one. A browser registers service workers of the page's own origin only, so an intranet
 * on another origin than the hub serves a copy of this file from its own origin (README: Web Push).
 */
import { notificationOf, parsePayload, settingsOf } from './push-notification.js';

const settings = settingsOf(self.location.href, self.registration.scope);

// A new version takes over at once: it holds no state, and a message must not wait for old tabs to close.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('push', (event) => {
	const { title, options } = notificationOf(parsePayload(event.data ? event.data.text() : ''), settings);
	event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
	event.notification.close();
	event.waitUntil(focusOrOpen(event.notification.data?.url ?? settings.home));
});

async function focusOrOpen(url) {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	const showing = windows.find((client) => client.url === url);
	if (showing) return showing.focus();
	return self.clients.openWindow(url);
}
