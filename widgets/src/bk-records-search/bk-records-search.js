/**
 * `<bk-records-search>` is the records officer's tool for requests for official records (utlämnande): it searches
 * posts with every version, comments in every state, questions and answers by words, period, unit and kind
 * (`GET /api/v1/records/search`, paged with "Visa fler"), lets the officer choose records by checkbox or keyboard,
 * makes a disclosure package of them (`POST /api/v1/records/disclosures`) and downloads it as PDF or JSON, and makes a
 * register extract for a person (`GET /api/v1/records/people/{id}/extract`) chosen among the authors found or by id.
 * It searches only when asked, since every search is written to the audit trail.
 *
 * Parts: `base`, `heading`, `search-form`, `results`, `record`, `record-flagged`, `state`, `select-checkbox`,
 * `more-button`, `disclosure`, `create-button`, `package`, `extract`, `person-input`, `pdf-button`, `json-button`.
 * Events: `bk-disclosure-created` (`{id}`) and `bk-token-expired`.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { downloadFile } from '../shared/download.js';
import { heading } from '../shared/heading.js';
import { dayEnd, dayStart, recordsError, recordsStyles, renderRecordsError } from '../shared/records.js';
import { sharedStyles } from '../shared/styles.js';
import { readSearchForm, renderSearchForm } from './search-form.js';
import { recordKey, renderRecord } from './record-list.js';
import { unitChoices } from './unit-choices.js';
import { renderExtract, renderPackage } from './records-actions.js';
import { styles } from './bk-records-search.styles.js';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class BkRecordsSearch extends BkElement {
	static elementName = 'bk-records-search';
	static styles = [sharedStyles, recordsStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		results: { state: true },
		chosen: { state: true },
		disclosure: { state: true },
		person: { state: true },
		busy: { state: true },
		announcement: { state: true },
		errors: { state: true },
	};

	#query;

	constructor() {
		super();
		/** Level of the element's heading (1–5), default 2; its sections are one level below. */
		this.headingLevel = 2;
		/** @type {{items: object[], next: string | null} | null} the records found, null before the first search */
		this.results = null;
		/** @type {Map<string, {type: string, id: string}>} the records chosen for a disclosure package */
		this.chosen = new Map();
		/** @type {{id: string, count: number} | null} the package made last */
		this.disclosure = null;
		/** @type {{id: string, name?: string} | null} the person chosen for a register extract */
		this.person = null;
		/** '' or what is under way: `search`, `more`, `disclosure`, `download` */
		this.busy = '';
		this.announcement = '';
		/** @type {{search?: string, disclosure?: string, extract?: string}} */
		this.errors = {};
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	async fetchData(api, signal) {
		return { units: await unitChoices(api, signal) };
	}

	/** Loads the unit choices again and forgets the search, its choice and package (another person may be signed in). */
	refresh() {
		this.results = null;
		this.chosen = new Map();
		this.disclosure = null;
		this.person = null;
		this.errors = {};
		this.announcement = '';
		this.#query = undefined;
		return super.refresh();
	}

	render() {
		const loading = this.state.status === 'loading';
		const units = this.state.status === 'loaded' ? this.state.data.units : [];
		const level = this.#level + 1;
		const searching = this.busy === 'search' || this.busy === 'more';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading || searching} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading' }, this.t('records-search.heading'))}
			<p class="hint">${this.t('records-search.lead')}</p>
			<p class="status" role="status" part="status">${loading || searching
				? html`<span class="spinner" aria-hidden="true"></span>${this.t(loading ? 'records-search.loading' : 'records-search.searching')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.state.status === 'loaded' ? html`${renderSearchForm(this, units, (event) => this.#search(event))}
				${renderRecordsError(this.errors.search, 'search-error')}
				${this.results ? this.#renderResults(level) : nothing}
				${renderPackage(this, level, this.#packageHandlers())}
				${renderExtract(this, level, this.#extractHandlers())}` : nothing}
		</section>`;
	}

	#renderResults(level) {
		const { items, next } = this.results;
		return html`<section class="part" part="results" aria-labelledby="results-heading">
			${heading(level, { id: 'results-heading', cls: 'section-heading', part: 'section-heading', focusable: true }, this.t('records-search.results'))}
			<p class="meta" part="found">${items.length === 0 ? this.t('records-search.none')
				: this.t(next ? 'records-search.found-more' : 'records-search.found', { count: items.length })}</p>
			${items.length ? html`<ul class="entries" part="record-list">${items.map((record) => renderRecord(this, record,
				this.chosen.has(recordKey(record)), { toggle: (r, checked) => this.#toggle(r, checked), extract: (author) => this.#choosePerson(author) }))}</ul>` : nothing}
			${next ? html`<div class="actions"><button type="button" class="secondary" part="more-button" aria-disabled=${this.busy === 'more'}
				@click=${() => this.#more()}>${this.t('records-search.more')}</button></div>` : nothing}
		</section>`;
	}

	#params(query, after) {
		const params = new URLSearchParams({ limit: String(PAGE_SIZE), types: query.types.join(',') });
		if (query.text) params.set('text', query.text);
		if (query.from) params.set('from', dayStart(query.from));
		if (query.to) params.set('to', dayEnd(query.to));
		if (query.unitId) params.set('unitId', query.unitId);
		if (after) params.set('after', after);
		return params;
	}

	async #search(event) {
		event.preventDefault();
		const query = readSearchForm(event.target);
		this.announcement = '';
		if (query.types.length === 0) return this.#fail('search', this.t('records-search.error.no-types'), '[part~="type-checkbox"]');
		if (query.from && query.to && query.from > query.to) return this.#fail('search', this.t('records-search.error.period'), '#to');
		this.errors = { ...this.errors, search: '' };
		this.busy = 'search';
		try {
			const page = await this.api.get(`records/search?${this.#params(query)}`);
			this.#query = query;
			this.results = { items: page?.items ?? [], next: page?.next ?? null };
			this.focusAfterUpdate('#results-heading');
		} catch (error) {
			this.errors = { ...this.errors, search: recordsError(this, error) };
		} finally {
			this.busy = '';
		}
	}

	async #more() {
		if (this.busy || !this.results?.next || !this.#query) return;
		this.busy = 'more';
		this.announcement = '';
		try {
			const page = await this.api.get(`records/search?${this.#params(this.#query, this.results.next)}`);
			const added = page?.items ?? [];
			this.results = { items: [...this.results.items, ...added], next: page?.next ?? null };
			this.announcement = this.t('records-search.more-loaded', { count: added.length });
			if (added.length) this.focusAfterUpdate(`[data-key="${CSS.escape(recordKey(added[0]))}"] input`);
		} catch (error) {
			this.errors = { ...this.errors, search: recordsError(this, error) };
		} finally {
			this.busy = '';
		}
	}

	#toggle(record, checked) {
		const chosen = new Map(this.chosen);
		if (checked) chosen.set(recordKey(record), { type: record.type, id: record.id });
		else chosen.delete(recordKey(record));
		this.chosen = chosen;
	}

	#fail(where, text, focus) {
		this.errors = { ...this.errors, [where]: text };
		this.focusAfterUpdate(focus);
	}

	#packageHandlers() {
		return {
			clear: () => {
				this.chosen = new Map();
			},
			create: (event) => this.#createPackage(event),
			download: (format) => this.#download('disclosure', `records/disclosures/${encodeURIComponent(this.disclosure.id)}?format=${format}`,
				format, `utlamnande-${this.disclosure.id}.${format}`),
		};
	}

	async #createPackage(event) {
		event.preventDefault();
		if (this.busy) return;
		this.announcement = '';
		if (this.chosen.size === 0) return this.#fail('disclosure', this.t('records-search.error.none-selected'), '[part~="create-button"]');
		const reference = String(new FormData(event.target).get('reference') ?? '').trim();
		const items = [...this.chosen.values()];
		this.errors = { ...this.errors, disclosure: '' };
		this.busy = 'disclosure';
		try {
			const made = await this.api.send('POST', 'records/disclosures', { body: reference ? { items, reference } : { items } });
			this.disclosure = { id: made.id, count: items.length };
			this.chosen = new Map();
			this.focusAfterUpdate('#package-heading');
			this.emit('bk-disclosure-created', { id: made.id });
		} catch (error) {
			this.errors = { ...this.errors, disclosure: recordsError(this, error) };
		} finally {
			this.busy = '';
		}
	}

	#choosePerson(author) {
		this.person = { id: author.id, name: author.displayName };
		this.errors = { ...this.errors, extract: '' };
		this.focusAfterUpdate('#person');
	}

	#extractHandlers() {
		return {
			input: (event) => {
				const id = event.target.value.trim();
				this.person = id ? { id, name: this.person?.id === id ? this.person.name : undefined } : null;
			},
			download: (format) => {
				const id = this.person?.id ?? '';
				if (!UUID.test(id)) return this.#fail('extract', this.t('records-search.error.person'), '#person');
				return this.#download('extract', `records/people/${encodeURIComponent(id)}/extract?format=${format}`, format,
					`registerutdrag-${id}.${format}`);
			},
		};
	}

	async #download(where, path, format, fallbackName) {
		if (this.busy) return;
		this.errors = { ...this.errors, [where]: '' };
		this.announcement = '';
		this.busy = 'download';
		try {
			const name = await downloadFile(this, path, format === 'pdf' ? 'application/pdf' : 'application/json', fallbackName);
			this.announcement = this.t('records.downloaded', { name });
		} catch (error) {
			this.errors = { ...this.errors, [where]: recordsError(this, error) };
		} finally {
			this.busy = '';
		}
	}
}
