/**
 * Follows a live topic for `bk-comments` through the shared live client when the page has one
 * (`window.Budkavle.live.subscribe(topic, onEvent, {hub, token})` returning an unsubscribe function); without it the
 * thread simply stays as loaded until the reader acts.
 */
export function follow(element, topic, onEvent) {
	const live = globalThis.Budkavle?.live;
	if (typeof live?.subscribe !== 'function') return undefined;
	return live.subscribe(topic, onEvent, { hub: element.hub, token: () => element.token ?? globalThis.Budkavle?.token });
}
