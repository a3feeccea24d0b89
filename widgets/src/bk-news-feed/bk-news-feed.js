/**
 * `<bk-news-feed>` lists the viewer's news from `GET /api/v1/feed`, newest first with unread important posts on
 * top, pages on with "Visa fler", and shows each post's unread and acknowledgement state in words.
 */
import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ApiClient } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { formatDate, formatDateTime } from '../shared/date-format.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-news-feed.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_PAGE_SIZE = 20;

function headingLevel(value) {
	return Number.isInteger(value) && value >= 1 && value <= 6 ? value : DEFAULT_HEADING_LEVEL;
}

function pageSize(value) {
	return Number.isInteger(value) && value >= 1 && value <= 100 ? value : DEFAULT_PAGE_SIZE;
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
		headingLevel: { type: Number, attribute: 'heading-level' },
		limit: { type: Number },
		more: { attribute: false, state: true },
	};

	#moreLoading;
	#focusItem;
	#announcement = '';

	constructor() {
		super();
		/** Link template for a post, `{id}` replaced by its id; when empty, selecting a post fires `bk-open-post`. */
		this.postLink = '';
		/** Level of each post's title heading (1–6), default 3. */
		this.headingLevel = DEFAULT_HEADING_LEVEL;
		/** Posts per page (1–100), default 20. */
		this.limit = DEFAULT_PAGE_SIZE;
		/** @type {{status: 'idle'} | {status: 'loading'} | {status: 'error', error: Error}} */
		this.more = { status: 'idle' };
	}

	/** Reloads the first page (live updates call this); resolves when it shows. */
	refresh() {
		this.#moreLoading?.abort();
		this.more = { status: 'idle' };
		this.#announcement = '';
		return super.refresh();
	}

	fetchData(api, signal) {
		return api.get(feedPath(pageSize(this.limit), undefined), { signal });
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
			const page = await new ApiClient({ hub: this.hub, token: this.token })
				.get(feedPath(pageSize(this.limit), state.data.next), { signal: loading.signal });
			if (loading.signal.aborted) return;
			const known = new Set(state.data.items.map((item) => item.id));
			const added = (page.items ?? []).filter((item) => !known.has(item.id));
			this.#focusItem = added[0]?.id;
			this.#announcement = this.t(added.length === 1 ? 'news-feed.more-loaded-one' : 'news-feed.more-loaded', { count: added.length });
			this.state = { status: 'loaded', data: { items: [...state.data.items, ...added], next: page.next ?? null } };
			this.more = { status: 'idle' };
		} catch (error) {
			if (loading.signal.aborted || error?.name === 'AbortError') return;
			this.more = { status: 'error', error };
		}
		await this.updateComplete;
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
			${state.status === 'loaded' ? this.#renderFeed(state.data) : nothing}
		</section>`;
	}

	updated(changed) {
		super.updated(changed);
		if (this.#focusItem === undefined) return;
		const target = this.renderRoot.querySelector(`[data-post-id="${CSS.escape(this.#focusItem)}"] .title-link`);
		this.#focusItem = undefined;
		target?.focus();
	}

	#renderFeed(feed) {
		const items = feed?.items ?? [];
		if (items.length === 0) {
			return html`<p class="empty" part="empty" tabindex="-1" data-focus-after-load>${this.t('news-feed.empty')}</p>`;
		}
		return html`<ul class="posts" part="list" role="list" data-focus-after-load tabindex="-1">
				${items.map((item) => this.#renderItem(item))}
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
		const level = headingLevel(this.headingLevel);
		const tag = HEADINGS[level - 1];
		const titleId = `post-${item.id}`;
		const unread = item.read === false;
		const important = item.priority === 'IMPORTANT';
		const classes = ['post', unread ? 'unread' : '', important ? 'important' : ''].filter(Boolean).join(' ');
		return html`<li class=${classes} part="item${unread ? ' unread' : ''}${important ? ' important' : ''}" data-post-id=${item.id}>
			<article aria-labelledby=${titleId}>
				${staticHtml`<${tag} class="title" part="title" id=${titleId}>${this.#titleControl(item)}</${tag}>`}
				${unread || important
					? html`<p class="flags" part="flags">
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
						? html`<span class="comments">${this.t(item.commentCount === 1 ? 'news-feed.comment' : 'news-feed.comments', { count: item.commentCount })}</span>`
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
