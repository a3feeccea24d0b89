/**
 * `<bk-news-feed>` lists the viewer's news from `GET /api/v1/feed`, newest first with unread important posts on
 * top, pages on with "Visa fler", and shows each post's unread and acknowledgement state in words. It follows the
 * live topic `feed`: a published, edited or withdrawn post reloads the first page in place (focus stays on the post
 * it was on) and new posts are announced politely; when the reader has paged further it only says how many new
 * posts there are and offers a button to show them.
 *
 * Opened from a link the hub sent (`?budkavle-post=<id>`, the parameter named by `link-parameter`), it shows that
 * post marked ”Öppnad från länk” — fetched by id and put first when it is not on the first page — scrolls to it, moves
 * focus to its title and, unless `post-link` is set, fires `bk-open-post` so the page opens it in full; a post the
 * reader cannot see is said in the status line.
 *
 * @attr link-parameter - the query parameter that names a linked post (default `budkavle-post`)
 * @csspart linked - the post the page's address links to (also on its list item: `item linked`)
 * @fires bk-open-post - a post was chosen, or the page was opened from a link to it; `detail`: `{id, linked?}`
 */
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { formatDate, formatDateTime } from '../shared/date-format.js';
import { Throttle, follow, liveEnabled } from '../shared/live-follow.js';
import { POST_PARAMETER, linkedId } from '../shared/deep-link.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-news-feed.styles.js';

const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_PAGE_SIZE = 20;
const FEED_EVENTS = new Set(['post.published', 'post.updated', 'post.withdrawn']);

function pageSize(value) {
	return Number.isInteger(value) && value >= 1 && value <= 100 ? value : DEFAULT_PAGE_SIZE;
}

/** A post as `GET /api/v1/posts/{id}` gives it, in the shape of a feed item. */
function feedItem(post) {
	return {
		id: post.id,
		title: post.title,
		excerpt: post.excerpt,
		author: post.author,
		units: (post.targets ?? []).map((target) => target.name).filter(Boolean),
		publishedAt: post.publishedAt ?? post.publishAt,
		priority: post.priority,
		acknowledgement: post.acknowledgement,
		read: post.read,
		commentCount: post.commentCount ?? 0,
	};
}

/** The feed path for one page. */
function feedPath(limit, after) {
	const query = new URLSearchParams({ limit: String(limit) });
	if (after) query.set('after', after);
	return `feed?${query}`;
}

export class BkNewsFeed extends BkElement {
	static elementName = 'bk-news-feed';
	static styles = [sharedStyles, styles];
	static properties = {
		postLink: { type: String, attribute: 'post-link' },
		linkParameter: { type: String, attribute: 'link-parameter' },
		headingLevel: { type: Number, attribute: 'heading-level' },
		limit: { type: Number },
		live: { type: String },
		more: { attribute: false, state: true },
		waiting: { attribute: false, state: true },
	};

	#moreLoading;
	#focusItem;
	#announcement = '';
	#paged = false;
	#withdrawn = new Set();
	#unfollow;
	#following;
	#liveReload = new Throttle(() => this.#reloadLive(), () => this.liveInterval);
	#restoreFocus;
	/** The linked post's id once shown and focused (or found missing): it is focused and opened once. */
	#linkHandled;
	#openLinked;

	constructor() {
		super();
		/** Link template for a post, `{id}` replaced by its id; when empty, selecting a post fires `bk-open-post`. */
		this.postLink = '';
		/** The query parameter of the page's address that names a post to open (from the hub's links). */
		this.linkParameter = POST_PARAMETER;
		/** Level of each post's title heading (1–6), default 3. */
		this.headingLevel = DEFAULT_HEADING_LEVEL;
		/** Posts per page (1–100), default 20. */
		this.limit = DEFAULT_PAGE_SIZE;
		/** @type {{status: 'idle'} | {status: 'loading'} | {status: 'error', error: Error}} */
		this.more = { status: 'idle' };
		/** `off` turns live updates off; otherwise the element follows the live topic `feed`. */
		this.live = '';
		/** Least time in milliseconds between two reloads caused by live events (a burst costs two reloads). */
		this.liveInterval = 1000;
		/** Ids of new posts held back because the reader has paged further. */
		this.waiting = [];
	}

	connectedCallback() {
		super.connectedCallback();
		this.#follow();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#following = undefined;
		this.#liveReload.cancel();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('hub') || changed.has('live')) this.#follow();
	}

	/** Reloads the first page; resolves when it shows. */
	refresh() {
		this.#moreLoading?.abort();
		this.more = { status: 'idle' };
		this.#announcement = '';
		this.#paged = false;
		this.waiting = [];
		return super.refresh();
	}

	async fetchData(api, signal) {
		const page = await api.get(feedPath(pageSize(this.limit), undefined), { signal });
		const linked = linkedId(this.linkParameter);
		if (!linked) return page;
		const items = page?.items ?? [];
		const first = this.#linkHandled !== linked;
		if (items.some((item) => item.id === linked)) {
			if (first) this.#showLinked(linked);
			return page;
		}
		// Not on the first page: fetched by id (the hub decides whether the reader may see it) and put first.
		try {
			const post = await api.get(`posts/${encodeURIComponent(linked)}`, { signal });
			if (first) this.#showLinked(linked);
			return { ...page, items: [feedItem(post), ...items] };
		} catch (error) {
			if (signal?.aborted || error?.name === 'AbortError' || error?.status === 401) throw error;
			if (first) {
				this.#linkHandled = linked;
				this.#announcement = this.t('news-feed.linked-missing');
			}
			return page;
		}
	}

	#showLinked(id) {
		this.#linkHandled = id;
		this.#focusItem = id;
		this.#openLinked = this.postLink ? undefined : id;
	}

	/** Loads the next page after the ones shown and moves focus to its first post. */
	async showMore() {
		const { state } = this;
		if (state.status !== 'loaded' || !state.data?.next || this.more.status === 'loading') return;
		this.#moreLoading?.abort();
		const loading = (this.#moreLoading = new AbortController());
		this.more = { status: 'loading' };
		this.#announcement = '';
		try {
			const page = await this.api
				.get(feedPath(pageSize(this.limit), state.data.next), { signal: loading.signal });
			if (loading.signal.aborted) return;
			const known = new Set(state.data.items.map((item) => item.id));
			const added = (page.items ?? []).filter((item) => !known.has(item.id));
			this.#focusItem = added[0]?.id;
			this.#announcement = this.t('news-feed.more-loaded', { count: added.length });
			this.state = { status: 'loaded', data: { items: [...state.data.items, ...added], next: page.next ?? null } };
			this.more = { status: 'idle' };
			this.#paged = true;
		} catch (error) {
			if (loading.signal.aborted || error?.name === 'AbortError') return;
			this.more = { status: 'error', error };
		}
		await this.updateComplete;
	}

	/** Shows the new posts held back while the reader had paged further: the first page again, focus on the first new one. */
	async showNew() {
		const waiting = new Set(this.waiting);
		if (waiting.size === 0 || this.state.status !== 'loaded') return;
		let page;
		try {
			page = await this.#fetchFirstPage();
		} catch {
			await this.refresh();
			return;
		}
		this.#moreLoading?.abort();
		this.more = { status: 'idle' };
		this.#paged = false;
		this.waiting = [];
		const items = page.items ?? [];
		this.#focusItem = (items.find((item) => waiting.has(item.id)) ?? items[0])?.id;
		this.#announcement = '';
		this.state = { status: 'loaded', data: page };
		await this.updateComplete;
	}

	#follow() {
		const key = this.isConnected && liveEnabled(this.live) ? `${this.hub}` : undefined;
		if (key === this.#following) return;
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#following = key;
		this.#liveReload.cancel();
		if (key === undefined) return;
		this.#unfollow = follow(this, 'feed', (frame) => this.#onLiveEvent(frame));
	}

	#onLiveEvent(frame) {
		if (!FEED_EVENTS.has(frame?.event)) return;
		if (frame.event === 'post.withdrawn' && frame.payload?.postId) this.#withdrawn.add(frame.payload.postId);
		this.#liveReload.trigger();
	}

	#fetchFirstPage() {
		return this.fetchData(this.api, undefined);
	}

	/**
	 * Reads the first page again without a loading state. Failures stay quiet: the feed shown is still valid and
	 * the next event or reload tries again.
	 */
	async #reloadLive() {
		const before = this.state;
		if (!this.isConnected) return;
		if (before.status === 'loading') {
			// The page being read may predate the event: look again once it is shown.
			if (this.#following !== undefined) this.#liveReload.trigger();
			return;
		}
		if (before.status !== 'loaded') return;
		let page;
		try {
			page = await this.#fetchFirstPage();
		} catch {
			return;
		}
		if (this.state !== before || this.more.status === 'loading') {
			// The reader reloaded or paged meanwhile: look again once that has settled.
			if (this.isConnected && this.#following !== undefined) this.#liveReload.trigger();
			return;
		}
		const withdrawn = this.#withdrawn;
		this.#withdrawn = new Set();
		const shown = before.data?.items ?? [];
		const known = new Set(shown.map((item) => item.id));
		const items = page?.items ?? [];
		const added = items.filter((item) => !known.has(item.id));
		this.#keepFocus();
		if (this.#paged) {
			const fresh = new Map(items.map((item) => [item.id, item]));
			this.state = { status: 'loaded', data: { ...before.data,
				items: shown.filter((item) => !withdrawn.has(item.id)).map((item) => fresh.get(item.id) ?? item) } };
			const waiting = [...new Set([...this.waiting, ...added.map((item) => item.id)])].filter((id) => !withdrawn.has(id));
			if (waiting.length !== this.waiting.length) {
				this.waiting = waiting;
				if (waiting.length > 0) this.#announcement = this.t('news-feed.live-waiting', { count: waiting.length });
			}
		} else {
			this.state = { status: 'loaded', data: page };
			if (added.length > 0) {
				this.#announcement = added.length === 1
					? this.t('news-feed.live-new-one', { title: added[0].title })
					: this.t('news-feed.live-new', { count: added.length });
			}
		}
		await this.updateComplete;
	}

	/** Remembers which post (if any) has focus, so the next render can keep it there. */
	#keepFocus() {
		const active = this.renderRoot.activeElement;
		if (!active) return;
		this.#restoreFocus = { postId: active.closest?.('[data-post-id]')?.dataset.postId };
	}

	renderStatus(loadingText) {
		let text = nothing;
		if (this.state.status === 'loading') text = html`<span class="spinner" aria-hidden="true"></span>${loadingText}`;
		else if (this.more.status === 'loading') text = html`<span class="spinner" aria-hidden="true"></span>${this.t('news-feed.loading-more')}`;
		else if (this.#announcement) text = this.#announcement;
		return html`<p class="status" role="status" part="status">${text}</p>`;
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${state.status === 'loading'}
			aria-label=${this.t('news-feed.label')}>
			${this.renderStatus(this.t('news-feed.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' && this.waiting.length > 0
				? html`<button type="button" class="show-new" part="new-posts-button" @click=${this.showNew}>${this.t(
					'news-feed.live-show', { count: this.waiting.length })}</button>`
				: nothing}
			${state.status === 'loaded' ? this.#renderFeed(state.data) : nothing}
		</section>`;
	}

	updated(changed) {
		super.updated(changed);
		this.#restoreFocusAfterLive();
		if (this.#focusItem === undefined || this.state.status !== 'loaded') return;
		const target = this.renderRoot.querySelector(`[data-post-id="${CSS.escape(this.#focusItem)}"] .title-link`);
		this.#focusItem = undefined;
		target?.scrollIntoView?.({ block: 'center' });
		target?.focus({ preventScroll: true });
		const open = this.#openLinked;
		this.#openLinked = undefined;
		if (open) this.emit('bk-open-post', { id: open, linked: true });
	}

	/** After a live reload: focus back on the post it was on (moved, or gone → the list) when the render moved it. */
	#restoreFocusAfterLive() {
		const restore = this.#restoreFocus;
		this.#restoreFocus = undefined;
		if (!restore) return;
		const active = this.renderRoot.activeElement;
		const at = active?.closest?.('[data-post-id]')?.dataset.postId;
		if (active && at === restore.postId) return;
		if (!active && restore.postId === undefined) {
			this.renderRoot.querySelector('[data-focus-after-load]')?.focus();
			return;
		}
		if (active && restore.postId === undefined) return;
		const item = restore.postId === undefined ? undefined
			: this.renderRoot.querySelector(`[data-post-id="${CSS.escape(restore.postId)}"] .title-link`);
		(item ?? this.renderRoot.querySelector('[data-focus-after-load]'))?.focus();
	}

	#renderFeed(feed) {
		const items = feed?.items ?? [];
		if (items.length === 0) {
			return html`<p class="empty" part="empty" tabindex="-1" data-focus-after-load>${this.t('news-feed.empty')}</p>`;
		}
		return html`<ul class="posts" part="list" role="list" data-focus-after-load tabindex="-1">
				${repeat(items, (item) => item.id, (item) => this.#renderItem(item))}
			</ul>
			${this.#renderMore(feed)}`;
	}

	#renderMore(feed) {
		const error = this.more.status === 'error' ? this.more.error : undefined;
		return html`${error
			? html`<div class="alert" role="alert" part="alert more-alert">
				<p class="alert-message">${this.t(this.errorMessageKey(error), { status: error?.status ?? '?' })}</p>
			</div>`
			: nothing}
			${feed?.next
				? html`<button type="button" class="more" part="more-button" @click=${this.showMore}
					aria-disabled=${this.more.status === 'loading' ? 'true' : 'false'}>${error
						? this.t('news-feed.more-retry')
						: this.t('news-feed.more')}</button>`
				: nothing}`;
	}

	#renderItem(item) {
		const level = this.headingLevelOr(DEFAULT_HEADING_LEVEL);
		const titleId = `post-${item.id}`;
		const unread = item.read === false;
		const important = item.priority === 'IMPORTANT';
		const linked = item.id === this.#linkHandled;
		const classes = ['post', unread ? 'unread' : '', important ? 'important' : '', linked ? 'linked' : ''].filter(Boolean).join(' ');
		return html`<li class=${classes} part="item${unread ? ' unread' : ''}${important ? ' important' : ''}${linked ? ' linked' : ''}"
			data-post-id=${item.id}>
			<article aria-labelledby=${titleId}>
				${heading(level, { id: titleId, cls: 'title', part: 'title' }, this.#titleControl(item))}
				${unread || important || linked
					? html`<p class="flags" part="flags">
						${linked ? html`<span class="flag flag-linked" part="flag linked">${this.t('news-feed.linked')}</span>` : nothing}
						${important ? html`<span class="flag flag-important" part="flag important">${this.t('news-feed.important')}</span>` : nothing}
						${unread ? html`<span class="flag flag-unread" part="flag unread">${this.t('news-feed.unread')}</span>` : nothing}
					</p>`
					: nothing}
				${item.excerpt ? html`<p class="excerpt" part="excerpt">${item.excerpt}</p>` : nothing}
				<p class="meta" part="meta">
					${item.author ? html`<span class="author">${item.author.jobTitle
						? this.t('news-feed.author-with-title', { name: item.author.displayName, title: item.author.jobTitle })
						: item.author.displayName}</span>` : nothing}
					${item.units?.length ? html`<span class="units">${this.t('news-feed.units', { units: item.units.join(', ') })}</span>` : nothing}
					${item.publishedAt ? html`<time datetime=${item.publishedAt}>${formatDate(item.publishedAt, this.language)}</time>` : nothing}
					${item.commentCount > 0
						? html`<span class="comments">${this.t('news-feed.comments', { count: item.commentCount })}</span>`
						: nothing}
				</p>
				${this.#renderAcknowledgement(item.acknowledgement)}
			</article>
		</li>`;
	}

	#titleControl(item) {
		if (this.postLink) {
			const href = this.postLink.replaceAll('{id}', encodeURIComponent(item.id));
			return html`<a class="title-link" part="title-link" href=${href}>${item.title}</a>`;
		}
		return html`<button type="button" class="title-link" part="title-link"
			@click=${() => this.emit('bk-open-post', { id: item.id })}>${item.title}</button>`;
	}

	#renderAcknowledgement(acknowledgement) {
		if (!acknowledgement?.required) return nothing;
		if (acknowledgement.acknowledgedAt) {
			return html`<p class="ack ack-done" part="acknowledgement acknowledged">
				<span aria-hidden="true" class="ack-icon">✓</span>${this.t('news-feed.acknowledged', {
					date: formatDate(acknowledgement.acknowledgedAt, this.language) })}</p>`;
		}
		if (!acknowledgement.deadline) {
			return html`<p class="ack ack-pending" part="acknowledgement pending">${this.t('news-feed.acknowledge')}</p>`;
		}
		const overdue = new Date(acknowledgement.deadline).getTime() < Date.now();
		return html`<p class="ack ack-pending${overdue ? ' overdue' : ''}" part="acknowledgement pending${overdue ? ' overdue' : ''}">
			${this.t(overdue ? 'news-feed.acknowledge-overdue' : 'news-feed.acknowledge-by', {
				date: formatDateTime(acknowledgement.deadline, this.language) })}</p>`;
	}
}
