/**
 * `<bk-post post="…">` shows one post in full from `GET /api/v1/posts/{id}`: title, author, units, date, priority,
 * the body the hub rendered, and — when the post asks for it — a "Jag har läst" button that acknowledges it.
 * Without `post`, it shows the post the page's address links to (`?budkavle-post=<id>` from the hub's messages, the
 * parameter named by `link-parameter`) and moves focus to its title.
 *
 * @attr link-parameter - the query parameter that names a linked post when `post` is empty (default `budkavle-post`)
 */
import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ApiProblem, apiUrl } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { POST_PARAMETER, linkedId } from '../shared/deep-link.js';
import { sharedStyles } from '../shared/styles.js';
import { safeFragment } from './safe-html.js';
import { styles } from './bk-post.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export class BkPost extends BkElement {
	static elementName = 'bk-post';
	static styles = [sharedStyles, styles];
	static properties = {
		post: { type: String, reflect: true },
		linkParameter: { type: String, attribute: 'link-parameter' },
		headingLevel: { type: Number, attribute: 'heading-level' },
		acknowledging: { state: true },
		announcement: { state: true },
		acknowledgementError: { state: true },
	};

	#content;
	#contentHtml;
	#focusAcknowledged = false;
	#linkFocused = false;

	constructor() {
		super();
		/** The id of the post to show. */
		this.post = '';
		/** The query parameter of the page's address that names the post to show when `post` is empty. */
		this.linkParameter = POST_PARAMETER;
		/** Level of the title heading (1–6), default 2. */
		this.headingLevel = 2;
		this.acknowledging = false;
		this.announcement = '';
		this.acknowledgementError = undefined;
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('post') && this.hasUpdated) this.refresh();
	}

	refresh() {
		this.announcement = '';
		this.acknowledgementError = undefined;
		return super.refresh();
	}

	fetchData(api, signal) {
		const linked = this.post ? '' : linkedId(this.linkParameter);
		const id = this.post || linked;
		if (!id) return Promise.reject(new ApiProblem({ status: 404, type: 'urn:budkavle:problem:post-not-found' }));
		if (linked && !this.#linkFocused) {
			// Opened from a link: the reader came for this post, so focus goes to its title once it shows.
			this.#linkFocused = true;
			this.focusAfterUpdate('#title');
		}
		return api.get(`posts/${encodeURIComponent(id)}`, { signal });
	}

	errorMessageKey(error) {
		if (error instanceof ApiProblem && error.status === 404) return 'post.not-found';
		return super.errorMessageKey(error);
	}

	render() {
		const { state } = this;
		const loading = state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading}
			aria-labelledby=${state.status === 'loaded' ? 'title' : nothing} aria-label=${state.status === 'loaded' ? nothing : this.t('post.label')}>
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('post.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderPost(state.data) : nothing}
		</section>`;
	}

	#renderPost(post) {
		const level = this.headingLevelOr();
		const tag = HEADINGS[level - 1];
		const withdrawn = post.status === 'WITHDRAWN';
		return html`<article class="post ${withdrawn ? 'withdrawn' : ''}" part="article">
			${withdrawn ? this.#renderWithdrawal(post.withdrawal) : nothing}
			${post.priority === 'IMPORTANT' ? html`<p class="badge" part="priority">${this.t('post.important')}</p>` : nothing}
			${staticHtml`<${tag} id="title" class="title" part="title" tabindex="-1" data-focus-after-load>${post.title}</${tag}>`}
			${this.#renderMeta(post)}
			<div class="content" part="content"></div>
			${post.acknowledgement?.required && !withdrawn ? this.#renderAcknowledgement(post.acknowledgement) : nothing}
		</article>`;
	}

	#renderWithdrawal(withdrawal) {
		return html`<div class="withdrawal" part="withdrawal">
			<p><strong>${this.t('post.withdrawn')}</strong></p>
			${withdrawal ? html`<p>${this.t('post.withdrawn-by', { name: withdrawal.by?.displayName ?? '', date: this.#date(withdrawal.at) })}</p>
				${withdrawal.reason ? html`<p>${this.t('post.withdrawn-reason', { reason: withdrawal.reason })}</p>` : nothing}` : nothing}
		</div>`;
	}

	#renderMeta(post) {
		const author = post.author;
		const units = (post.targets ?? []).map((target) => target.name).filter(Boolean);
		const published = post.status === 'SCHEDULED'
			? this.t('post.scheduled', { date: this.#date(post.publishAt) })
			: this.#date(post.publishedAt ?? post.publishAt);
		return html`<dl class="meta" part="meta">
			${author ? html`<div><dt>${this.t('post.author')}</dt><dd part="author">${author.displayName}${author.jobTitle
				? html`<span class="job-title">, ${author.jobTitle}</span>` : nothing}</dd></div>` : nothing}
			${units.length ? html`<div><dt>${this.t('post.units')}</dt><dd part="units">${units.join(', ')}</dd></div>` : nothing}
			<div><dt>${this.t('post.date')}</dt><dd part="date">${published}</dd></div>
		</dl>`;
	}

	#renderAcknowledgement(acknowledgement) {
		const deadline = acknowledgement.deadline
			? html`<p part="deadline">${this.t('post.ack-deadline', { date: this.#date(acknowledgement.deadline) })}</p>` : nothing;
		if (acknowledgement.acknowledgedAt) {
			return html`<div class="acknowledgement done" part="acknowledgement">
				<p class="acknowledged" part="acknowledged" tabindex="-1">${this.t('post.acknowledged', { date: this.#date(acknowledgement.acknowledgedAt) })}</p>
			</div>`;
		}
		return html`<div class="acknowledgement" part="acknowledgement">
			<p>${this.t('post.ack-asked')}</p>
			${deadline}
			${this.acknowledgementError
				? html`<p class="ack-error" role="alert" part="acknowledgement-error">${this.t(this.acknowledgementError)}</p>` : nothing}
			<button type="button" class="acknowledge" part="acknowledge-button" aria-disabled=${this.acknowledging ? 'true' : 'false'}
				@click=${this.#acknowledge}>${this.acknowledging ? this.t('post.acknowledging') : this.t('post.acknowledge')}</button>
		</div>`;
	}

	async #acknowledge() {
		if (this.acknowledging || this.state.status !== 'loaded') return;
		const post = this.state.data;
		this.acknowledging = true;
		this.acknowledgementError = undefined;
		this.announcement = '';
		try {
			const api = this.api;
			const answer = await api.send('PUT', `posts/${encodeURIComponent(post.id)}/acknowledgement`);
			const acknowledgedAt = answer?.acknowledgedAt ?? new Date().toISOString();
			this.state = { status: 'loaded', data: { ...post, acknowledgement: { ...post.acknowledgement, acknowledgedAt } } };
			this.announcement = this.t('post.acknowledged-announcement');
			this.#focusAcknowledged = true;
			this.emit('bk-acknowledged', { postId: post.id, acknowledgedAt });
		} catch (error) {
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.acknowledgementError = this.#acknowledgementErrorKey(error);
		} finally {
			this.acknowledging = false;
		}
	}

	#acknowledgementErrorKey(error) {
		if (error instanceof ApiProblem && error.status === 409) return 'post.ack-not-requested';
		if (error instanceof ApiProblem && error.status === 404) return 'post.not-found';
		if (error instanceof ApiProblem && error.status === 401) return 'common.error.token-expired';
		if (error instanceof ApiProblem && error.status === 0) return 'common.error.network';
		return 'post.ack-failed';
	}

	#date(value) {
		if (!value) return '';
		const date = new Date(value);
		if (Number.isNaN(date.getTime())) return '';
		return new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long', timeStyle: 'short' }).format(date);
	}

	updated(changed) {
		super.updated(changed);
		this.#fillContent();
		if (this.#focusAcknowledged) {
			this.#focusAcknowledged = false;
			this.renderRoot.querySelector('.acknowledged')?.focus();
		}
	}

	/** Puts the post's HTML into its container, made safe, whenever the container or the HTML is new. */
	#fillContent() {
		const container = this.renderRoot.querySelector('.content');
		if (!container) return;
		const html = this.state.data?.html ?? '';
		if (container === this.#content && html === this.#contentHtml) return;
		this.#content = container;
		this.#contentHtml = html;
		const fragment = safeFragment(html, this.ownerDocument);
		// Images uploaded to the hub have links relative to the hub, not to the intranet page the widget is on.
		for (const image of fragment.querySelectorAll('img[src^="/api/v1/attachments/"]')) {
			image.setAttribute('src', apiUrl(this.hub, image.getAttribute('src').slice('/api/v1/'.length)));
		}
		container.replaceChildren(fragment);
	}
}
