/**
 * The page's crisis messages (`window.Budkavle.crises`): one reading of `GET /api/v1/crises/active` and one follower
 * of the live `crises` topic per hub, however many widgets the page holds. Every `<bk-crisis-banner>` on the page
 * watches it; an answer given in one banner, or an all-clear, takes the message out of every banner at once. It also
 * decides which banner announces: the first one in document order whose widget is shown (see bk-crisis-banner).
 *
 * A page turns the banners off with `<meta name="bk-crisis-banner" content="off">` (for a host page that shows crisis
 * messages its own way, and for test pages of other elements).
 */
import { ApiClient } from './api-client.js';
import { Throttle } from './live-follow.js';
import { pageLive } from './page-live.js';

const LIVE_EVENTS = new Set(['crisis.sent', 'crisis.updated', 'crisis.all-clear']);

/** Whether the page lets widgets show crisis banners. */
export function crisisBannersEnabled() {
	const meta = globalThis.document?.querySelector('meta[name="bk-crisis-banner"]');
	return String(meta?.content ?? '').trim().toLowerCase() !== 'off';
}

/** The widget a banner stands for: the outermost element hosting it, for ordering banners as the page shows them. */
function topElement(node) {
	let element = node;
	for (let root = element.getRootNode(); root instanceof ShadowRoot; root = element.getRootNode()) element = root.host;
	return element;
}

function shown(banner) {
	const host = banner.getRootNode() instanceof ShadowRoot ? banner.getRootNode().host : banner;
	return typeof host.checkVisibility === 'function' ? host.checkVisibility() : host.getClientRects().length > 0;
}

/** One hub's crisis messages for the person signed in, shared by the banners that show them. */
class HubCrises {
	/** @type {Set<{banner: Element, onChange: Function}>} */
	watchers = new Set();
	/** The active crises the viewer has not answered yet, newest first. */
	unanswered = [];
	/** Whether a banner has brought the crisis message the page's address links to into view (done once per page). */
	linkedShown = false;
	#hub;
	#unfollow;
	#loading = 0;
	#reload = new Throttle(() => this.load(), () => 1000);

	constructor(hub) {
		this.#hub = hub;
	}

	watch(watcher) {
		this.watchers.add(watcher);
		if (!this.#unfollow && typeof globalThis.WebSocket === 'function') {
			this.#unfollow = pageLive().subscribe('crises', (frame) => {
				if (LIVE_EVENTS.has(frame?.event)) this.#reload.trigger();
			}, { hub: this.#hub, element: watcher.banner });
		}
		if (this.watchers.size === 1) this.load();
		else this.#changed();
	}

	unwatch(watcher) {
		if (!this.watchers.delete(watcher)) return;
		if (this.watchers.size > 0) {
			this.#changed();
			return;
		}
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#reload.cancel();
		this.unanswered = [];
	}

	#api() {
		return new ApiClient({ hub: this.#hub, token: () => this.#token() });
	}

	#token() {
		let source = globalThis.Budkavle?.token;
		if (source == null) source = [...this.watchers].map(({ banner }) => banner.token).find((token) => token != null);
		return typeof source === 'function' ? source() : source;
	}

	/** Reads the active crises again; failures leave what is shown (no banner when none was read). */
	async load() {
		const run = ++this.#loading;
		let items;
		try {
			items = await this.#api().get('crises/active');
		} catch {
			return;
		}
		if (run !== this.#loading) return;
		this.unanswered = (Array.isArray(items) ? items : []).filter((crisis) => crisis?.id && crisis.status == null);
		this.#changed();
	}

	/** Sends the viewer's answer; the crisis leaves every banner when it is recorded. Rejects with the ApiProblem. */
	async answer(crisisId, status) {
		await this.#api().send('POST', `crises/${encodeURIComponent(crisisId)}/confirmations`, { body: { status } });
		this.#loading++;
		this.unanswered = this.unanswered.filter((crisis) => crisis.id !== crisisId);
		this.#changed();
	}

	/** The banner that holds the page's one announcement: the first shown, in document order. */
	announcer() {
		const banners = [...this.watchers].map(({ banner }) => banner).filter(shown);
		banners.sort((a, b) => (topElement(a).compareDocumentPosition(topElement(b)) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
		return banners[0];
	}

	#changed() {
		for (const { onChange } of [...this.watchers]) onChange();
	}
}

/** Every hub's crisis messages on the page. */
export class PageCrises {
	#hubs = new Map();

	constructor() {
		globalThis.document?.addEventListener('bk-session-changed', () => this.reload());
	}

	/** The shared state of `hub` ('' = the page's origin). */
	of(hub = '') {
		const key = String(hub ?? '').trim().replace(/\/+$/, '');
		if (!this.#hubs.has(key)) this.#hubs.set(key, new HubCrises(key));
		return this.#hubs.get(key);
	}

	/** Reads every hub's crises again: the person signed in changed. */
	reload() {
		for (const hub of this.#hubs.values()) if (hub.watchers.size > 0) hub.load();
	}
}

/** The page's crisis messages, shared by every copy of the bundle on the page. */
export function pageCrises() {
	const budkavle = (globalThis.Budkavle ??= {});
	if (!(budkavle.crises instanceof PageCrises) && typeof budkavle.crises?.of !== 'function') budkavle.crises = new PageCrises();
	return budkavle.crises;
}
