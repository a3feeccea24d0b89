/**
 * `<bk-notifications>` lists the viewer's in-app notifications from `GET /api/v1/notifications` (reminders,
 * important news, answers), unread ones marked in words, each markable as read, with "Visa fler" paging.
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { formatDateTime } from '../shared/date-format.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-notifications.styles.js';

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
		more: { attribute: false, state: true },
		marking: { attribute: false, state: true },
	};

	#moreLoading;
	#announcement = '';

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
	}

	refresh() {
		this.#moreLoading?.abort();
		this.more = { status: 'idle' };
		this.marking = {};
		this.#announcement = '';
		return super.refresh();
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
		</section>`;
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
