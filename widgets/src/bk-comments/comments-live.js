/**
 * Follows a live topic for `bk-comments`: through the page's own live connection when it offers one
 * (`window.Budkavle.live.subscribe(topic, onEvent)` returning an unsubscribe function), else through a
 * {@link LiveClient} of the element's own, which reconnects with backoff and resumes where it left off.
 */
import { LiveClient } from '../shared/live-client.js';

export function follow(element, topic, onEvent) {
	const shared = globalThis.Budkavle?.live;
	if (typeof shared?.subscribe === 'function') return shared.subscribe(topic, onEvent);
	if (typeof globalThis.WebSocket !== 'function') return undefined;
	const client = new LiveClient({ hub: element.hub, token: () => tokenOf(element), topics: [topic], onEvent }).start();
	return () => client.stop();
}

async function tokenOf(element) {
	const source = element.token ?? globalThis.Budkavle?.token;
	return typeof source === 'function' ? source() : source;
}
