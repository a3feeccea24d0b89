/**
 * `<bk-comments post="…">` shows a post's comment thread and lets the reader take part: comment, reply, edit (in the
 * first 15 minutes), delete, react and report; moderators hide, restore and lock the thread in place. New comments
 * from others are announced politely; with the shared live client on the page the thread follows `post:<id>` live.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { ApiProblem } from '../shared/api-client.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-comments.styles.js';
import { linkParts, send } from './comments-api.js';
import { follow } from './comments-live.js';

const PAGE = 20;
const REACTIONS = Object.freeze({ LIKE: '👍', HEART: '❤️', THANKS: '🙏', INSIGHTFUL: '💡' });

export class BkComments extends BkElement {
	static elementName = 'bk-comments';
	static styles = [sharedStyles, styles];
	static properties = {
		post: { type: String },
		open: { state: true },
		announcement: { state: true },
		formError: { state: true },
		busy: { state: true },
	};

	#seen = new Set();
	#roots = PAGE;
	#unfollow;

	constructor() {
		super();
		/** The post whose thread this shows (its id). */
		this.post = '';
		/** The form open now: `{kind: 'reply'|'edit'|'report'|'moderate'|'delete'|'lock', id, action}` or null. */
		this.open = null;
		this.announcement = '';
		this.formError = null;
		this.busy = false;
	}

	connectedCallback() {
		super.connectedCallback();
		this.#follow();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		this.#unfollow?.();
		this.#unfollow = undefined;
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('post') && this.hasUpdated) {
			this.#seen.clear();
			this.#follow();
			this.refresh();
		}
	}

	async fetchData(api, signal) {
		if (!this.post) throw new ApiProblem({ status: 404, type: 'urn:budkavle:problem:post-not-found' });
		const thread = await api.get(this.#threadPath(), { signal });
		this.#remember(thread);
		return thread;
	}

	/** Reads the thread again without a loading state, announcing comments others wrote meanwhile. */
	async reload({ announce = true } = {}) {
		try {
			const thread = await this.api.get(this.#threadPath());
			const fresh = this.#remember(thread).filter((comment) => !comment.permissions?.delete && comment.author);
			if (announce && fresh.length === 1) {
				this.announcement = this.t('comments.announce-new', { name: fresh[0].author.displayName });
			} else if (announce && fresh.length > 1) {
				this.announcement = this.t('comments.announce-many', { count: fresh.length });
			}
			this.state = { status: 'loaded', data: thread };
		} catch (error) {
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401 });
		}
	}

	#threadPath() {
		return `posts/${encodeURIComponent(this.post)}/comments?limit=${Math.min(100, this.#roots)}`;
	}

	/** Marks every comment of the thread as seen and returns the ones not seen before. */
	#remember(thread) {
		const all = thread.items.flatMap((root) => [root, ...(root.replies ?? [])]);
		const fresh = this.#seen.size === 0 ? [] : all.filter((comment) => !this.#seen.has(comment.id));
		all.forEach((comment) => this.#seen.add(comment.id));
		return fresh;
	}

	#follow() {
		this.#unfollow?.();
		this.#unfollow = this.post ? follow(this, `post:${this.post}`, () => this.reload()) : undefined;
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-labelledby="heading"
			aria-busy=${state.status === 'loading'}>
			<h2 id="heading" class="heading" part="heading">${this.t('comments.heading')}</h2>
			${this.renderStatus(this.t('comments.loading'))}
			<p class="announcer" role="status" aria-live="polite" part="announcer">${this.announcement}</p>
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderThread(state.data) : nothing}
		</section>`;
	}

	#renderThread(thread) {
		return html`${thread.items.length === 0
				? html`<p class="notice" part="empty">${this.t('comments.empty')}</p>`
				: html`<ol part="thread">${thread.items.map((root) => this.#renderComment(root))}</ol>`}
			${thread.next ? html`<button type="button" class="secondary" part="more-button" @click=${this.#more}>
				${this.t('comments.more')}</button>` : nothing}
			${this.#renderNewComment(thread)}
			${thread.permissions.moderate ? this.#renderLock(thread) : nothing}`;
	}

	#renderComment(comment) {
		const shown = comment.body != null;
		return html`<li><article class="comment" part="comment" aria-labelledby="meta-${comment.id}">
			<p class="meta" id="meta-${comment.id}" tabindex="-1">${shown
				? html`<span class="author" part="author">${comment.author.displayName}</span>`
				: html`<span class="author">${this.t('comments.someone')}</span>`}
				<time datetime=${comment.createdAt}>${this.#time(comment.createdAt)}</time>
				${comment.editedAt ? html`<span>${this.t('comments.edited')}</span>` : nothing}</p>
			${this.#renderBody(comment)}
			${comment.state === 'VISIBLE' ? this.#renderReactions(comment) : nothing}
			${this.#renderActions(comment)}
			${this.open?.id === comment.id ? this.#renderForm(comment) : nothing}
			${comment.replies?.length
				? html`<ol class="replies" part="replies" aria-label=${this.t('comments.replies-to',
					{ name: shown ? comment.author.displayName : this.t('comments.someone') })}>
					${comment.replies.map((reply) => this.#renderComment(reply))}</ol>`
				: nothing}
		</article></li>`;
	}

	#renderBody(comment) {
		if (comment.state === 'DELETED') return html`<p class="tombstone" part="tombstone">${this.t('comments.deleted')}</p>`;
		if (comment.body == null) return html`<p class="tombstone" part="tombstone">${this.t('comments.hidden')}</p>`;
		const note = comment.state === 'HIDDEN'
			? html`<p class="hidden-note" part="hidden-note">${this.t('comments.hidden-because', { reason: comment.moderation?.reason ?? '' })}</p>`
			: nothing;
		// Text nodes and attributes are escaped by lit; only http(s) addresses become links.
		return html`${note}<p class="body" part="body">${linkParts(comment.body).map((part) => (part.href
			? html`<a href=${part.href} rel="noopener noreferrer nofollow ugc">${part.text}</a>`
			: part.text))}</p>`;
	}

	#renderReactions(comment) {
		const may = comment.permissions.react;
		return html`<div class="reactions" part="reactions" role="group" aria-label=${this.t('comments.reactions')}>
			${comment.reactions.filter((reaction) => may || reaction.count > 0).map((reaction) => html`<button type="button"
				class="reaction secondary" part="reaction-button" aria-pressed=${reaction.mine ? 'true' : 'false'}
				?disabled=${!may || this.busy} @click=${() => this.#react(comment, reaction)}>
				<span aria-hidden="true">${REACTIONS[reaction.kind] ?? ''}</span>
				${this.t(`comments.reaction.${reaction.kind}`)} ${reaction.count}</button>`)}
		</div>`;
	}

	#renderActions(comment) {
		const { permissions } = comment;
		const button = (kind, label, extra = {}) => html`<button type="button" class="secondary" part="action-button"
			aria-expanded=${this.open?.id === comment.id && this.open.kind === kind && this.open.action === extra.action ? 'true' : 'false'}
			@click=${(event) => this.#toggle({ kind, id: comment.id, ...extra }, event.currentTarget)}>${label}</button>`;
		const hidden = comment.state === 'HIDDEN';
		return html`<div class="actions" part="actions">
			${permissions.reply ? button('reply', this.t('comments.reply')) : nothing}
			${permissions.edit ? button('edit', this.t('comments.edit')) : nothing}
			${permissions.delete ? button('delete', this.t('comments.delete')) : nothing}
			${permissions.report && !comment.reported ? button('report', this.t('comments.report')) : nothing}
			${comment.reported ? html`<span class="notice">${this.t('comments.reported')}</span>` : nothing}
			${permissions.moderate ? button('moderate', this.t(hidden ? 'comments.restore' : 'comments.hide'),
				{ action: hidden ? 'RESTORE' : 'HIDE' }) : nothing}
		</div>`;
	}

	#renderForm(comment) {
		const { kind } = this.open;
		if (kind === 'delete') {
			return html`<div class="form" role="group" aria-labelledby="confirm-${comment.id}" part="confirm">
				<p id="confirm-${comment.id}">${this.t('comments.delete-confirm')}</p>
				${this.#renderFormError()}
				<div class="actions">
					<button type="button" part="confirm-button" ?disabled=${this.busy} @click=${() => this.#delete(comment)}>
						${this.t('comments.delete-yes')}</button>
					<button type="button" class="secondary" @click=${this.#cancel}>${this.t('comments.cancel')}</button>
				</div></div>`;
		}
		const labels = {
			reply: ['comments.reply-label', 'comments.send'],
			edit: ['comments.edit-label', 'comments.save'],
			report: ['comments.report-label', 'comments.report-send'],
			moderate: [this.open.action === 'HIDE' ? 'comments.hide-label' : 'comments.restore-label',
				this.open.action === 'HIDE' ? 'comments.hide' : 'comments.restore'],
		}[kind];
		const id = `field-${comment.id}`;
		const multiline = kind === 'reply' || kind === 'edit';
		return html`<form part="form" @submit=${(event) => this.#submit(event, comment)}>
			<label for=${id}>${this.t(labels[0])}</label>
			${multiline
				? html`<textarea id=${id} name="text" maxlength="5000" required .value=${kind === 'edit' ? comment.body : ''}
					@keydown=${this.#escape}></textarea>`
				: html`<input id=${id} name="text" maxlength="1000" required @keydown=${this.#escape}>`}
			${this.#renderFormError()}
			<div class="actions">
				<button type="submit" part="submit-button" ?disabled=${this.busy}>${this.t(labels[1])}</button>
				<button type="button" class="secondary" @click=${this.#cancel}>${this.t('comments.cancel')}</button>
			</div>
		</form>`;
	}

	#renderNewComment(thread) {
		if (!thread.permissions.comment) {
			const key = thread.locked ? 'comments.locked' : 'comments.closed';
			return html`<p class="notice" part="closed">${this.t(key)}</p>`;
		}
		const error = this.open === null ? this.#renderFormError() : nothing;
		return html`<form part="new-comment" @submit=${(event) => this.#submit(event, null)}>
			<label for="new-comment">${this.t('comments.new-label')}</label>
			<textarea id="new-comment" name="text" maxlength="5000" required></textarea>
			${error}
			<div class="actions"><button type="submit" part="submit-button" ?disabled=${this.busy}>
				${this.t('comments.send')}</button></div>
		</form>`;
	}

	#renderLock(thread) {
		return html`<div class="actions" part="moderation">
			<button type="button" class="secondary" part="lock-button" ?disabled=${this.busy} @click=${() => this.#lock(!thread.locked)}>
				${this.t(thread.locked ? 'comments.unlock' : 'comments.lock')}</button></div>`;
	}

	#renderFormError() {
		return this.formError ? html`<p class="form-error" role="alert" part="form-error">${this.formError}</p>` : nothing;
	}

	#time(instant) {
		return new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'sv-SE',
			{ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
	}

	#toggle(open, opener) {
		const same = this.open?.id === open.id && this.open.kind === open.kind;
		this.#opener = opener;
		this.formError = null;
		this.open = same ? null : open;
		if (!same) this.updateComplete.then(() => this.renderRoot.querySelector('form textarea:not(#new-comment), form input, [part=confirm] button')?.focus());
	}

	#opener;

	#cancel() {
		this.open = null;
		this.formError = null;
		const opener = this.#opener;
		this.updateComplete.then(() => opener?.isConnected && opener.focus());
	}

	#escape(event) {
		if (event.key === 'Escape') this.#cancel();
	}

	async #submit(event, comment) {
		event.preventDefault();
		const text = new FormData(event.currentTarget).get('text') ?? '';
		if (!String(text).trim()) {
			this.formError = this.t('comments.error.empty');
			return;
		}
		const kind = comment ? this.open.kind : 'new';
		const call = {
			new: () => send(this, 'POST', `posts/${encodeURIComponent(this.post)}/comments`, { body: text }),
			reply: () => send(this, 'POST', `posts/${encodeURIComponent(this.post)}/comments`, { body: text, replyTo: comment.id }),
			edit: () => send(this, 'PUT', `comments/${comment.id}`, { body: text }),
			report: () => send(this, 'POST', `comments/${comment.id}/reports`, { reason: text }),
			moderate: () => send(this, 'POST', `comments/${comment.id}/moderation`, { action: this.open.action, reason: text }),
		}[kind];
		const form = event.currentTarget;
		if (await this.#run(call, { new: 'comments.announce-mine', reply: 'comments.announce-mine', edit: 'comments.announce-saved',
			report: 'comments.announce-reported', moderate: 'comments.announce-moderated' }[kind])) {
			if (kind === 'new') form.reset();
			this.#focusComment(comment?.id);
		}
	}

	async #delete(comment) {
		if (await this.#run(() => send(this, 'DELETE', `comments/${comment.id}`), 'comments.announce-deleted')) {
			this.#focusComment(comment.id);
		}
	}

	async #react(comment, reaction) {
		await this.#run(() => send(this, reaction.mine ? 'DELETE' : 'PUT', `comments/${comment.id}/reactions/${reaction.kind}`));
	}

	async #lock(locked) {
		await this.#run(() => send(this, locked ? 'POST' : 'DELETE', `posts/${encodeURIComponent(this.post)}/thread-lock`),
			locked ? 'comments.announce-locked' : 'comments.announce-unlocked');
	}

	#more() {
		this.#roots += PAGE;
		this.reload({ announce: false });
	}

	/** Runs a write, then reads the thread again; problems are shown next to the form. */
	async #run(call, announceKey) {
		this.busy = true;
		this.formError = null;
		try {
			await call();
			this.open = null;
			await this.reload({ announce: false });
			if (announceKey) this.announcement = this.t(announceKey);
			return true;
		} catch (error) {
			this.formError = this.t(this.#problemKey(error));
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401 });
			return false;
		} finally {
			this.busy = false;
		}
	}

	#problemKey(error) {
		const known = ['thread-locked', 'comments-disabled', 'too-many-requests', 'edit-window-closed', 'comment-unavailable'];
		if (error instanceof ApiProblem && known.includes(error.code)) return `comments.error.${error.code}`;
		return this.errorMessageKey(error);
	}

	#focusComment(id) {
		this.updateComplete.then(() => {
			const target = id ? this.renderRoot.querySelector(`#meta-${CSS.escape(id)}`) : this.renderRoot.querySelector('#new-comment');
			target?.focus();
		});
	}
}
