/**
 * `<bk-notifications>` lists the viewer's in-app notifications from `GET /api/v1/notifications` (reminders,
 * important news, answers), unread ones marked in words, each markable as read, with "Visa fler" paging.
 *
 * Where the browser can show pushed notifications and the hub has Web Push on (`GET /api/v1/push-subscriptions/key`),
 * it offers to show them in this browser too: turning them on asks the browser's permission, registers the service
 * worker `bk-push-sw.js` (the hub's copy beside the bundle, or the page origin's own copy at `push-worker-url`, since
 * browsers register workers of the page's origin only), subscribes with the hub's key and posts the subscription;
 * each load posts it again, which renews it; turning them off deletes it on the hub and unsubscribes.
 *
 * @attr push-worker-url - address of `bk-push-sw.js` on the page's own origin, for an intranet page on another origin
 * than the hub (a copy of the hub's `/widgets/bk-push-sw.js`); default: the hub's copy, used only when the page is on
 * the hub's origin
 * @csspart push - the browser notifications setting, below the list
 * @csspart push-status - whether this browser shows the notifications, or that it blocks them
 * @csspart push-button - turns notifications in this browser on or off
 * @csspart push-alert - why turning them on or off failed
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { formatDateTime } from '../shared/date-format.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-notifications.styles.js';
import { currentSubscription, madeWithKey, pushSupported, subscribe, subscriptionBody, workerUrl } from './web-push.js';

const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_PAGE_SIZE = 20;

function pageSize(value) {
	return Number.isInteger(value) && value >= 1 && value <= 100 ? value : DEFAULT_PAGE_SIZE;
}

function notificationsPath(limit, after) {
	const query = new URLSearchParams({ limit: String(limit) });
	if (after) query.set('after', after);
	return `notifications?${query}`;
}

/** A safe href for a notification's link: hub-relative paths go to the hub; http(s) URLs as they are; else none. */
function safeHref(hub, link) {
	if (typeof link !== 'string' || link === '') return undefined;
	if (link.startsWith('/') && !link.startsWith('//')) return `${(hub ?? '').trim().replace(/\/+$/, '')}${link}`;
	try {
		const url = new URL(link);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

export class BkNotifications extends BkElement {
	static elementName = 'bk-notifications';
	static styles = [sharedStyles, styles];
	static properties = {
		postLink: { type: String, attribute: 'post-link' },
		headingLevel: { type: Number, attribute: 'heading-level' },
		limit: { type: Number },
		pushWorkerUrl: { type: String, attribute: 'push-worker-url' },
		more: { attribute: false, state: true },
		marking: { attribute: false, state: true },
		push: { attribute: false, state: true },
	};

	#moreLoading;
	#announcement = '';
	#pushChecking;

	constructor() {
		super();
		/** Link template for a notification about a post (`{id}` = post id); when empty, such a notification fires `bk-open-post`. */
		this.postLink = '';
		/** Level of each notification's title heading (1–6), default 3. */
		this.headingLevel = DEFAULT_HEADING_LEVEL;
		/** Notifications per page (1–100), default 20. */
		this.limit = DEFAULT_PAGE_SIZE;
		this.more = { status: 'idle' };
		/** @type {{id?: string, error?: Error}} the notification being marked as read, or the last failure */
		this.marking = {};
		/** Address of `bk-push-sw.js` on the page's origin; empty: the hub's copy (on the hub's origin only). */
		this.pushWorkerUrl = '';
		/**
		 * Notifications in this browser: `hidden` (not offered), `off`, `on`, `busy` (being changed) or `denied` (the
		 * browser blocks them), with the hub's key, what was just done (`done`), whether a `busy` change turns them on
		 * (`turningOn`) and the last failure (`error`).
		 * @type {{status: 'hidden'|'off'|'on'|'busy'|'denied', key?: string, done?: string, turningOn?: boolean, error?: Error}}
		 */
		this.push = { status: 'hidden' };
	}

	refresh() {
		this.#moreLoading?.abort();
		this.more = { status: 'idle' };
		this.marking = {};
		this.#announcement = '';
		this.#checkPush();
		return super.refresh();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('pushWorkerUrl') && this.hasUpdated) this.#checkPush();
	}

	#workerUrl() {
		return workerUrl({ configured: this.pushWorkerUrl, hub: this.hub, page: location.href });
	}

	/**
	 * Offers notifications in this browser where it can show them and the hub has a key; a subscription the browser
	 * holds already is posted again, which renews it on the hub (one made with an earlier key is deleted instead).
	 */
	async #checkPush() {
		this.#pushChecking?.abort();
		const checking = (this.#pushChecking = new AbortController());
		this.push = { status: 'hidden' };
		// Let property changes made in the same task (token, hub) land first, as the element's own loading does.
		await null;
		const url = pushSupported() ? this.#workerUrl() : undefined;
		if (!url || checking.signal.aborted) return;
		try {
			const api = this.api;
			const { publicKey: key } = await api.get('push-subscriptions/key', { signal: checking.signal });
			if (checking.signal.aborted) return;
			if (Notification.permission === 'denied') {
				this.push = { status: 'denied', key };
				return;
			}
			const subscription = Notification.permission === 'granted' ? await currentSubscription(url) : null;
			if (subscription && madeWithKey(subscription, key)) {
				await api.send('POST', 'push-subscriptions', { body: subscriptionBody(subscription), signal: checking.signal });
				if (!checking.signal.aborted) this.push = { status: 'on', key };
				return;
			}
			if (subscription) await this.#forget(api, subscription);
			if (!checking.signal.aborted) this.push = { status: 'off', key };
		} catch {
			// No key (Web Push off: 404), no hub or no sign-in: nothing is offered; the list says what went wrong.
			if (!checking.signal.aborted) this.push = { status: 'hidden' };
		}
	}

	async #forget(api, subscription) {
		const query = new URLSearchParams({ endpoint: subscription.endpoint });
		await api.send('DELETE', `push-subscriptions?${query}`);
		await subscription.unsubscribe();
	}

	/** Turns notifications in this browser on or off; the status says what happened, focus stays on the button. */
	async togglePush() {
		const { status, key } = this.push;
		if (status !== 'on' && status !== 'off') return;
		this.#pushChecking?.abort();
		this.push = { status: 'busy', key, turningOn: status === 'off' };
		const api = this.api;
		try {
			if (status === 'off') {
				if (await Notification.requestPermission() !== 'granted') {
					const denied = Notification.permission === 'denied';
					// the button goes when the browser blocks them: focus stays in the setting, on its text
					if (denied) this.focusAfterUpdate('.push-status');
					this.push = { status: denied ? 'denied' : 'off', key, done: 'not-allowed' };
					await this.updateComplete;
					return;
				}
				const subscription = await subscribe(this.#workerUrl(), key);
				await api.send('POST', 'push-subscriptions', { body: subscriptionBody(subscription) });
				this.push = { status: 'on', key, done: 'turned-on' };
			} else {
				const subscription = await currentSubscription(this.#workerUrl());
				if (subscription) await this.#forget(api, subscription);
				this.push = { status: 'off', key, done: 'turned-off' };
			}
		} catch (error) {
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.push = { status, key, error };
		}
		await this.updateComplete;
	}

	fetchData(api, signal) {
		return api.get(notificationsPath(pageSize(this.limit)), { signal });
	}

	/** Loads the next page and moves focus to its first notification. */
	async showMore() {
		const { state } = this;
		if (state.status !== 'loaded' || !state.data?.next || this.more.status === 'loading') return;
		const loading = (this.#moreLoading = new AbortController());
		this.more = { status: 'loading' };
		this.#announcement = '';
		try {
			const page = await this.api.get(notificationsPath(pageSize(this.limit), state.data.next), { signal: loading.signal });
			if (loading.signal.aborted) return;
			const known = new Set(state.data.items.map((item) => item.id));
			const added = (page.items ?? []).filter((item) => !known.has(item.id));
			this.focusAfterUpdate(added[0] ? `[data-id="${CSS.escape(added[0].id)}"] .title` : undefined);
			this.#announcement = this.t('notifications.more-loaded', { count: added.length });
			this.state = { status: 'loaded', data: { items: [...state.data.items, ...added], next: page.next ?? null } };
			this.more = { status: 'idle' };
		} catch (error) {
			if (loading.signal.aborted || error?.name === 'AbortError') return;
			this.more = { status: 'error', error };
		}
		await this.updateComplete;
	}

	/** Marks one notification as read; focus stays on that notification. */
	async markRead(id) {
		if (this.marking.id || this.state.status !== 'loaded') return;
		this.marking = { id };
		this.#announcement = '';
		try {
			await this.api.send('POST', `notifications/${encodeURIComponent(id)}/read`);
			const { data } = this.state;
			const readAt = new Date().toISOString();
			const items = data.items.map((item) => (item.id === id ? { ...item, readAt: item.readAt ?? readAt } : item));
			const title = items.find((item) => item.id === id)?.title ?? '';
			this.focusAfterUpdate(`[data-id="${CSS.escape(id)}"] .title`);
			this.#announcement = this.t('notifications.marked-read', { title });
			this.state = { status: 'loaded', data: { ...data, items } };
			this.marking = {};
		} catch (error) {
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.marking = { error };
		}
		await this.updateComplete;
	}

	renderStatus(loadingText) {
		let text = nothing;
		if (this.state.status === 'loading') text = html`<span class="spinner" aria-hidden="true"></span>${loadingText}`;
		else if (this.more.status === 'loading') text = html`<span class="spinner" aria-hidden="true"></span>${this.t('notifications.loading-more')}`;
		else if (this.#announcement) text = this.#announcement;
		return html`<p class="status" role="status" part="status">${text}</p>`;
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${state.status === 'loading'}
			aria-label=${this.t('notifications.label')}>
			${this.renderStatus(this.t('notifications.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderList(state.data) : nothing}
			${this.#renderPush()}
		</section>`;
	}

	/** Why: the hub's answer or the sign-in as every element says it, or that the browser itself failed. */
	#pushFailure(error) {
		const fromHub = error instanceof ApiProblem || error?.name === 'TokenUnavailable';
		return fromHub ? this.t(this.errorMessageKey(error), { status: error?.status ?? '?' }) : this.t('notifications.push.browser-failed');
	}

	#renderPush() {
		const { status, done, error, turningOn } = this.push;
		if (status === 'hidden') return nothing;
		const on = status === 'on' || (status === 'busy' && !turningOn);
		let text = '';
		if (status === 'busy') text = this.t('notifications.push.working');
		else if (status === 'denied') text = this.t('notifications.push.denied');
		else if (done === 'not-allowed') text = this.t('notifications.push.not-allowed');
		else if (done === 'turned-on') text = this.t('notifications.push.turned-on');
		else if (done === 'turned-off') text = this.t('notifications.push.turned-off');
		else if (status === 'on') text = this.t('notifications.push.on');
		return html`<div class="push" part="push">
			<p class="push-status" role="status" part="push-status" tabindex="-1">${text}</p>
			${error
				? html`<p class="alert" role="alert" part="push-alert">${this.t('notifications.push.failed', { reason: this.#pushFailure(error) })}</p>`
				: nothing}
			${status === 'denied'
				? nothing
				: html`<button type="button" class="push-button" part="push-button" aria-disabled=${status === 'busy' ? 'true' : 'false'}
					@click=${this.togglePush}>${this.t(on ? 'notifications.push.turn-off' : 'notifications.push.turn-on')}</button>`}
		</div>`;
	}

	#renderList(data) {
		const items = data?.items ?? [];
		if (items.length === 0) {
			return html`<p class="empty" part="empty" tabindex="-1" data-focus-after-load>${this.t('notifications.empty')}</p>`;
		}
		const unread = items.filter((item) => !item.readAt).length;
		const error = this.marking.error ?? (this.more.status === 'error' ? this.more.error : undefined);
		return html`<p class="summary" part="summary" tabindex="-1" data-focus-after-load>${this.t('notifications.unread-count', { count: unread })}</p>
			<ul class="notifications" part="list" role="list">${items.map((item) => this.#renderItem(item))}</ul>
			${error
				? html`<p class="alert" role="alert" part="action-alert">${this.t(this.marking.error ? 'notifications.mark-read-failed' : 'common.error.generic', {
					reason: this.t(this.errorMessageKey(error), { status: error?.status ?? '?' }), status: error?.status ?? '?' })}</p>`
				: nothing}
			${data.next
				? html`<button type="button" class="more" part="more-button" @click=${this.showMore}
					aria-disabled=${this.more.status === 'loading' ? 'true' : 'false'}>${this.t('notifications.more')}</button>`
				: nothing}`;
	}

	#renderItem(item) {
		const unread = !item.readAt;
		const titleId = `notification-${item.id}`;
		return html`<li class="notification${unread ? ' unread' : ''}" part="item${unread ? ' unread' : ''}" data-id=${item.id}>
			${heading(this.headingLevelOr(DEFAULT_HEADING_LEVEL), { id: titleId, cls: 'title', part: 'title', focusable: true }, this.#titleContent(item))}
			${unread ? html`<p class="flag" part="flag unread">${this.t('notifications.unread')}</p>` : nothing}
			${item.body ? html`<p class="body" part="body">${item.body}</p>` : nothing}
			${item.createdAt ? html`<p class="meta" part="meta"><time datetime=${item.createdAt}>${formatDateTime(item.createdAt, this.language)}</time></p>` : nothing}
			${unread
				? html`<button type="button" class="mark-read" part="mark-read-button" aria-describedby=${titleId}
					aria-disabled=${this.marking.id === item.id ? 'true' : 'false'}
					@click=${() => this.markRead(item.id)}>${this.t('notifications.mark-read')}</button>`
				: nothing}
		</li>`;
	}

	#titleContent(item) {
		if (item.postId && !item.link && !this.postLink) {
			return html`<button type="button" class="title-link" part="title-link"
				@click=${() => this.emit('bk-open-post', { id: item.postId })}>${item.title}</button>`;
		}
		const href = item.postId && this.postLink
			? this.postLink.replaceAll('{id}', encodeURIComponent(item.postId))
			: safeHref(this.hub, item.link);
		return href ? html`<a class="title-link" part="title-link" href=${href}>${item.title}</a>` : item.title;
	}
}
