/**
 * Who has not acknowledged yet, in `bk-ack-progress`: grouped by the unit each person was counted in, searchable by
 * name or unit, a page at a time ("Visa fler"), with "Påminn enheten" and "Påminn personen" beside each group and
 * person (`GET /api/v1/posts/{post}/acknowledgements/pending?unitId=&q=&after=&limit=`). It loads on its own, so a
 * long list never holds the figures back, and a failure here leaves them standing.
 */
import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ApiProblem } from '../shared/api-client.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Appends a page's groups, joining a unit that carries over from the previous page. */
function joined(groups, page) {
	const result = groups.map((group) => ({ ...group, people: [...group.people] }));
	for (const group of page) {
		const last = result.at(-1);
		if (last && last.unitId === group.unitId) last.people.push(...group.people);
		else result.push({ ...group, people: [...group.people] });
	}
	return result;
}

export class PendingList {
	#request;
	#searchTimer;
	#focusPerson;
	#focusSearch = false;

	/** @param {import('lit').ReactiveControllerHost & HTMLElement} host */
	constructor(host) {
		this.host = host;
		this.query = '';
		/** @type {{status: 'idle'|'loading'|'loaded'|'error', groups: any[], next?: string, more?: boolean, error?: Error}} */
		this.state = { status: 'idle', groups: [] };
		host.addController(this);
	}

	hostDisconnected() {
		this.#request?.abort();
		clearTimeout(this.#searchTimer);
	}

	hostUpdated() {
		if (this.#focusSearch && this.state.status !== 'loading') {
			// The retry button is gone: keyboard users go on from the search field.
			this.#focusSearch = false;
			this.host.renderRoot.querySelector('#pending-search')?.focus();
		}
		if (!this.#focusPerson) return;
		const person = this.host.renderRoot.querySelector(`[data-person-id="${CSS.escape(this.#focusPerson)}"]`);
		this.#focusPerson = undefined;
		person?.focus();
	}

	/** The people shown so far. */
	get shown() {
		return this.state.groups.reduce((sum, group) => sum + group.people.length, 0);
	}

	/**
	 * Loads the first page again for the host's post, unit and the search; `quiet` keeps what is shown until the
	 * answer is in (a live reload), asking for as many people as are shown so a long list keeps its length.
	 */
	async load({ quiet = false } = {}) {
		const limit = quiet ? Math.min(Math.max(this.shown, this.host.pageSize), 100) : this.host.pageSize;
		if (!quiet) this.#set({ status: 'loading', groups: [] });
		await null;
		const page = await this.#fetch({ limit });
		if (page) this.#set({ status: 'loaded', groups: joined([], page.groups ?? []), next: page.next ?? undefined });
	}

	/** Loads the next page and moves focus to its first person. */
	async more() {
		const { next, groups } = this.state;
		if (!next || this.state.more) return;
		this.#set({ ...this.state, more: true });
		const page = await this.#fetch({ after: next, limit: this.host.pageSize });
		if (!page) return;
		this.#focusPerson = page.groups?.[0]?.people?.[0]?.personId;
		this.#set({ status: 'loaded', groups: joined(groups, page.groups ?? []), next: page.next ?? undefined });
	}

	#retry() {
		this.#focusSearch = true;
		this.load();
	}

	#search(value) {
		this.query = value;
		clearTimeout(this.#searchTimer);
		this.#searchTimer = setTimeout(() => this.load(), Math.max(0, Number(this.host.searchDelay) || 0));
	}

	async #fetch({ after, limit }) {
		this.#request?.abort();
		const request = (this.#request = new AbortController());
		const { host } = this;
		if (!host.post) return undefined;
		const params = new URLSearchParams({ limit: String(limit) });
		if (host.unit) params.set('unitId', host.unit);
		if (this.query.trim()) params.set('q', this.query.trim());
		if (after) params.set('after', after);
		try {
			const api = host.api;
			const page = await api.get(`posts/${encodeURIComponent(host.post)}/acknowledgements/pending?${params}`, { signal: request.signal });
			return request.signal.aborted ? undefined : (page ?? {});
		} catch (error) {
			if (request.signal.aborted || error?.name === 'AbortError') return undefined;
			if (error instanceof ApiProblem && error.status === 401) host.emit('bk-token-expired', { status: 401, type: error.type });
			this.#set({ ...this.state, status: 'error', more: false, error });
			return undefined;
		}
	}

	#set(state) {
		this.state = state;
		this.host.requestUpdate();
	}

	#heading(level, content) {
		const tag = HEADINGS[Math.min(level, 6) - 1];
		return staticHtml`<${tag} class="group-name" part="group-name">${content}</${tag}>`;
	}

	/** The search, the groups and "Visa fler"; `level` is the heading level of each unit's name. */
	render(level, total) {
		const { host, state } = this;
		if (total === 0 && !this.query) return html`<p class="empty" part="empty">${host.t('ack-progress.all-done')}</p>`;
		return html`<div class="field pending-search">
				<label for="pending-search">${host.t('ack-progress.search')}</label>
				<input id="pending-search" type="search" part="pending-search" .value=${this.query}
					@input=${(event) => this.#search(event.target.value)}>
			</div>
			<p class="pending-status" role="status" part="pending-status">${this.#status()}</p>
			${state.status === 'error' ? this.#renderError() : nothing}
			${state.groups.length ? html`<ul class="groups" part="pending-groups">${state.groups.map((group) => html`<li class="group" part="pending-group">
				<div class="group-head">
					${this.#heading(level, group.unitName)}
					<button type="button" class="remind-one" part="remind-unit-button"
						@click=${() => host.remind({ unitId: group.unitId, name: group.unitName })}>${host.t('ack-progress.remind-unit')}<span
						class="visually-hidden"> ${group.unitName}</span></button>
				</div>
				<ul class="people" part="pending-list">${group.people.map((person) => html`<li class="person" part="pending-person">
					<span class="person-name" tabindex="-1" data-person-id=${person.personId}>${person.displayName}</span>
					<button type="button" class="remind-one" part="remind-person-button"
						@click=${() => host.remind({ personId: person.personId, name: person.displayName })}>${host.t('ack-progress.remind-person')}<span
						class="visually-hidden"> ${person.displayName}</span></button>
				</li>`)}</ul>
			</li>`)}</ul>` : nothing}
			${state.next ? html`<button type="button" class="more" part="more-button" aria-disabled=${state.more ? 'true' : 'false'}
				@click=${() => this.more()}>${host.t('ack-progress.more')}</button>` : nothing}`;
	}

	#status() {
		const { host, state } = this;
		if (state.status === 'loading' || state.more) return host.t('ack-progress.pending-loading');
		if (state.status !== 'loaded') return '';
		if (state.groups.length === 0) return this.query.trim() ? host.t('ack-progress.no-match', { query: this.query.trim() }) : '';
		return host.plural('ack-progress.pending-shown', this.shown);
	}

	#renderError() {
		const { host, state } = this;
		return html`<div class="alert" role="alert" part="pending-alert">
			<p class="alert-message">${host.t('ack-progress.pending-failed', {
				reason: host.t(host.errorMessageKey(state.error), { status: state.error?.status ?? '?' }) })}</p>
			<button type="button" class="retry" part="pending-retry" @click=${() => this.#retry()}>${host.t('common.retry')}</button>
		</div>`;
	}
}
