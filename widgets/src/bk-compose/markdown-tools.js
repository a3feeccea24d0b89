/**
 * The small Markdown toolbar of `bk-compose` (bold, list, link, heading; an ARIA toolbar with one tab stop and arrow
 * keys between its buttons) and the preview, rendered by the hub's own sanitiser (`POST /api/v1/posts/preview`) so
 * the writer sees exactly the HTML readers will get, shown through the same inert, allow-listed insertion as bk-post.
 */
import { html, nothing } from 'lit';
import { safeFragment } from '../bk-post/safe-html.js';
import { bold, heading, link, list } from './markdown-edit.js';

const EDITS = { bold, list, link, heading };

export class MarkdownTools {
	#active = 0;
	#timer;
	#request;

	/**
	 * @param {import('lit').ReactiveControllerHost & HTMLElement} host
	 * @param {{edited: (body: string) => void}} actions what a changed text does
	 */
	constructor(host, actions) {
		this.host = host;
		this.actions = actions;
		/** @type {{open: boolean, status: 'idle'|'loading'|'done'|'failed', html?: string}} */
		this.preview = { open: false, status: 'idle' };
		host.addController(this);
	}

	hostDisconnected() {
		clearTimeout(this.#timer);
		this.#request?.abort();
	}

	hostUpdated() {
		const container = this.host.renderRoot.querySelector('.preview-body');
		if (container && container.dataset.html !== this.preview.html) {
			container.dataset.html = this.preview.html ?? '';
			container.replaceChildren(safeFragment(this.preview.html ?? '', this.host.ownerDocument));
		}
	}

	renderToolbar() {
		const { host } = this;
		const buttons = [...Object.keys(EDITS), 'preview'];
		return html`<div class="toolbar" role="toolbar" part="toolbar" aria-label=${host.t('compose.toolbar')} aria-controls="body"
			@keydown=${(event) => this.#keydown(event, buttons.length)}>
			${buttons.map((name, at) => html`<button type="button" class="tool tool-${name}" part="tool-button"
				tabindex=${at === this.#active ? '0' : '-1'} data-tool=${name}
				aria-pressed=${name === 'preview' ? String(this.preview.open) : nothing}
				@click=${() => this.#use(name, at)}>${host.t(`compose.tool.${name}`)}</button>`)}
		</div>`;
	}

	renderPreview() {
		if (!this.preview.open) return nothing;
		const { host } = this;
		const { status } = this.preview;
		let message = '';
		if (status === 'loading') message = host.t('compose.preview.loading');
		if (status === 'failed') message = host.t('compose.preview.failed');
		if (status === 'done' && !this.preview.html) message = host.t('compose.preview.empty');
		return html`<section class="preview" part="preview" aria-labelledby="preview-heading">
			<p class="preview-heading" id="preview-heading">${host.t('compose.preview.heading')}</p>
			<p class="hint" role="status">${message}</p>
			<div class="preview-body" part="preview-body" lang=${host.draft.language}></div>
		</section>`;
	}

	/** The text changed: an open preview follows after the host's quiet delay. */
	textChanged() {
		if (!this.preview.open) return;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#render(), Math.max(0, Number(this.host.readabilityDelay) || 0));
	}

	/** Closes the preview, as after publishing. */
	reset() {
		this.hostDisconnected();
		this.preview = { open: false, status: 'idle' };
	}

	#use(name, at) {
		this.#active = at;
		if (name === 'preview') {
			this.preview = { open: !this.preview.open, status: 'idle' };
			this.host.requestUpdate();
			if (this.preview.open) this.#render();
			return;
		}
		const textarea = this.host.renderRoot.querySelector('#body');
		const { host } = this;
		const result = EDITS[name](textarea.value, textarea.selectionStart, textarea.selectionEnd, host.t(`compose.tool.${name}-placeholder`));
		textarea.value = result.value;
		textarea.focus();
		textarea.setSelectionRange(result.start, result.end);
		this.actions.edited(result.value);
	}

	#keydown(event, count) {
		const moves = { ArrowRight: this.#active + 1, ArrowLeft: this.#active - 1, Home: 0, End: count - 1 };
		if (!(event.key in moves)) return;
		event.preventDefault();
		this.#active = (moves[event.key] + count) % count;
		this.host.requestUpdate();
		this.host.updateComplete.then(() => this.host.renderRoot.querySelectorAll('.tool')[this.#active]?.focus());
	}

	async #render() {
		this.#request?.abort();
		const request = (this.#request = new AbortController());
		this.preview = { ...this.preview, status: 'loading' };
		this.host.requestUpdate();
		try {
			const api = this.host.api;
			const answer = await api.send('POST', 'posts/preview', { body: { body: this.host.draft.body }, signal: request.signal });
			if (!request.signal.aborted) this.preview = { ...this.preview, status: 'done', html: String(answer?.html ?? '') };
		} catch (error) {
			if (request.signal.aborted || error?.name === 'AbortError') return;
			this.preview = { ...this.preview, status: 'failed', html: '' };
		}
		this.host.requestUpdate();
	}
}
