/**
 * `<bk-compose>` lets a manager write a post to the units they may target (`GET /api/v1/posts/targets`) and publish
 * it (`POST /api/v1/posts`), with a live readability meter (`POST /api/v1/language/readability`) that gives advice
 * while they write and never stands in the way of publishing.
 */
import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ApiClient, ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-compose.styles.js';
import { readabilityView } from './readability-view.js';
import '../bk-image-upload/define.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** How many units the picker lists at once; the search field narrows longer lists. */
const LISTED_UNITS = 50;
/** From this many units on, the picker has a search field. */
const SEARCH_FROM = 8;

const FIELDS = ['targets', 'title', 'body', 'language', 'priority', 'commentsEnabled', 'acknowledgementRequired',
	'deadline', 'publishAt', 'expiresAt'];

/** The form field a problem's `field` (`title`, `targets[0].unitId`, `acknowledgement.deadline`…) belongs to. */
export function fieldOf(name) {
	const path = String(name ?? '');
	if (path.startsWith('acknowledgement')) return path.includes('deadline') ? 'deadline' : 'acknowledgementRequired';
	const head = path.split(/[.[]/)[0];
	return FIELDS.includes(head) ? head : undefined;
}

function emptyDraft(language) {
	return {
		targets: new Map(), title: '', body: '', language, priority: 'NORMAL', commentsEnabled: true,
		acknowledgementRequired: false, deadline: '', publishAt: '', expiresAt: '',
	};
}

/** A `datetime-local` value as an ISO instant, or null when empty. */
function instant(local) {
	if (!local) return null;
	const date = new Date(local);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export class BkCompose extends BkElement {
	static elementName = 'bk-compose';
	static styles = [sharedStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		readabilityDelay: { type: Number, attribute: 'readability-delay' },
		draft: { state: true },
		filter: { state: true },
		errors: { state: true },
		submitting: { state: true },
		announcement: { state: true },
		readability: { state: true },
	};

	#readabilityTimer;
	#readabilityRequest;
	#focusFirstError = false;

	constructor() {
		super();
		/** Level of the form heading (1–6), default 2. */
		this.headingLevel = 2;
		/** Milliseconds of quiet typing before the readability meter asks the hub again. */
		this.readabilityDelay = 600;
		this.draft = emptyDraft('sv');
		this.filter = '';
		/** @type {{field?: string, message: string}[]} */
		this.errors = [];
		this.submitting = false;
		this.announcement = '';
		/** @type {{status: 'idle'|'checking'|'done'|'failed', result?: any}} */
		this.readability = { status: 'idle' };
	}

	connectedCallback() {
		super.connectedCallback();
		if (!this.draft.title && !this.draft.body) this.draft = emptyDraft(this.language);
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		clearTimeout(this.#readabilityTimer);
		this.#readabilityRequest?.abort();
	}

	async fetchData(api, signal) {
		try {
			const answer = await api.get('posts/targets', { signal });
			return { targets: answer?.items ?? [] };
		} catch (error) {
			// Someone the hub will not let post at all is told so plainly, not shown an error.
			if (error instanceof ApiProblem && error.status === 403 && error.code !== 'unknown-person') return { targets: [] };
			throw error;
		}
	}

	render() {
		const { state } = this;
		const loading = state.status === 'loading';
		const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${staticHtml`<${HEADINGS[level - 1]} id="heading" class="heading" part="heading" tabindex="-1" data-focus-after-load>${this.t('compose.heading')}</${HEADINGS[level - 1]}>`}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('compose.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderLoaded(state.data.targets) : nothing}
		</section>`;
	}

	#renderLoaded(targets) {
		if (targets.length === 0) return html`<p class="nothing-to-target" part="nothing-to-target">${this.t('compose.no-targets')}</p>`;
		return html`<form part="form" novalidate @submit=${this.#submit}>
			${this.#renderErrorSummary()}
			${this.#renderPicker(targets)}
			${this.#textField('title', 'input', { maxlength: 200, required: true })}
			${this.#textField('body', 'textarea', { maxlength: 20000, required: true, hint: this.t('compose.body-hint') })}
			<bk-image-upload part="image-upload" .hub=${this.hub} .token=${this.token} lang=${this.language}
				@bk-image-inserted=${this.#insertImage}></bk-image-upload>
			${readabilityView(this)}
			${this.#renderLanguage()}
			${this.#renderPriority()}
			${this.#checkbox('commentsEnabled')}
			${this.#checkbox('acknowledgementRequired')}
			${this.draft.acknowledgementRequired ? this.#dateField('deadline') : nothing}
			${this.#dateField('publishAt', this.t('compose.publishAt-hint'))}
			${this.#dateField('expiresAt')}
			<div class="actions">
				<button type="submit" id="submit" part="submit-button" aria-disabled=${this.submitting ? 'true' : 'false'}>${this.submitting
					? this.t('compose.publishing')
					: this.t(this.draft.publishAt ? 'compose.schedule' : 'compose.publish')}</button>
			</div>
		</form>`;
	}

	#renderErrorSummary() {
		if (this.errors.length === 0) return html`<div class="error-summary-slot"></div>`;
		return html`<div class="error-summary" role="alert" part="error-summary">
			<p class="error-summary-title">${this.t('compose.errors-title')}</p>
			<ul>${this.errors.map((error) => html`<li>${error.message}</li>`)}</ul>
		</div>`;
	}

	#errorFor(field) {
		return this.errors.filter((error) => error.field === field).map((error) => error.message).join(' ');
	}

	#describedBy(field, hint) {
		const ids = [hint ? `${field}-hint` : '', this.#errorFor(field) ? `${field}-error` : ''].filter(Boolean);
		return ids.length ? ids.join(' ') : nothing;
	}

	#fieldError(field) {
		const message = this.#errorFor(field);
		return message ? html`<p class="field-error" id="${field}-error" part="field-error">${message}</p>` : nothing;
	}

	#renderPicker(targets) {
		const minDepth = Math.min(...targets.map((unit) => unit.depth ?? 0));
		const query = this.filter.trim().toLocaleLowerCase(this.language);
		const matching = targets.filter((unit) => this.draft.targets.has(unit.unitId)
			|| !query || String(unit.name).toLocaleLowerCase(this.language).includes(query));
		const shown = matching.slice(0, LISTED_UNITS);
		const invalid = Boolean(this.#errorFor('targets'));
		return html`<fieldset class="picker" part="unit-picker" aria-describedby=${this.#describedBy('targets')}>
			<legend>${this.t('compose.targets')}</legend>
			${this.#fieldError('targets')}
			${targets.length >= SEARCH_FROM ? html`<div class="field">
				<label for="unit-filter">${this.t('compose.unit-filter')}</label>
				<input id="unit-filter" type="search" part="unit-filter" .value=${this.filter}
					@input=${(event) => { this.filter = event.target.value; }}>
				<p class="hint">${this.t('compose.units-shown', { shown: shown.length, total: targets.length })}</p>
			</div>` : nothing}
			<ul class="units" part="units">
				${shown.map((unit) => this.#renderUnit(unit, minDepth, invalid))}
			</ul>
		</fieldset>`;
	}

	#renderUnit(unit, minDepth, invalid) {
		const selected = this.draft.targets.get(unit.unitId);
		const indent = Math.min(Math.max((unit.depth ?? 0) - minDepth, 0), 4);
		const id = `unit-${unit.unitId}`;
		return html`<li class="unit" part="unit" style="--depth: ${indent}">
			<span class="check">
				<input type="checkbox" id=${id} part="unit-checkbox" .checked=${Boolean(selected)} aria-invalid=${invalid ? 'true' : 'false'}
					@change=${(event) => this.#toggleUnit(unit.unitId, event.target.checked)}>
				<label for=${id}>${unit.name}</label>
			</span>
			${selected ? html`<span class="check subunits">
				<input type="checkbox" id="${id}-subunits" part="subunits-checkbox" .checked=${selected.includeSubunits}
					@change=${(event) => this.#setSubunits(unit.unitId, event.target.checked)}>
				<label for="${id}-subunits">${this.t('compose.include-subunits')}<span class="visually-hidden"> – ${unit.name}</span></label>
			</span>` : nothing}
		</li>`;
	}

	#textField(field, kind, { maxlength, required, hint }) {
		const value = this.draft[field];
		const input = (event) => this.#update(field, event.target.value);
		const invalid = this.#errorFor(field) ? 'true' : 'false';
		const describedBy = this.#describedBy(field, hint);
		return html`<div class="field">
			<label for=${field}>${this.t(`compose.${field}`)}${required ? html` <span class="required">${this.t('compose.required')}</span>` : nothing}</label>
			${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
			${this.#fieldError(field)}
			${kind === 'textarea'
				? html`<textarea id=${field} name=${field} part="${field}-input" rows="10" maxlength=${maxlength} aria-required=${required}
					aria-invalid=${invalid} aria-describedby=${describedBy} .value=${value} @input=${input}></textarea>`
				: html`<input id=${field} name=${field} part="${field}-input" type="text" maxlength=${maxlength} aria-required=${required}
					aria-invalid=${invalid} aria-describedby=${describedBy} .value=${value} @input=${input}>`}
		</div>`;
	}

	#renderLanguage() {
		return html`<div class="field">
			<label for="language">${this.t('compose.language')}</label>
			${this.#fieldError('language')}
			<select id="language" part="language-select" aria-describedby=${this.#describedBy('language')}
				@change=${(event) => this.#update('language', event.target.value)}>
				${['sv', 'en'].map((code) => html`<option value=${code} ?selected=${this.draft.language === code}>${this.t(`compose.language.${code}`)}</option>`)}
			</select>
		</div>`;
	}

	#renderPriority() {
		return html`<fieldset class="choices" part="priority" aria-describedby=${this.#describedBy('priority')}>
			<legend>${this.t('compose.priority')}</legend>
			${this.#fieldError('priority')}
			${['NORMAL', 'IMPORTANT'].map((priority) => html`<span class="check">
				<input type="radio" name="priority" id="priority-${priority}" value=${priority} .checked=${this.draft.priority === priority}
					@change=${() => this.#update('priority', priority)}>
				<label for="priority-${priority}">${this.t(`compose.priority.${priority}`)}</label>
			</span>`)}
		</fieldset>`;
	}

	#checkbox(field) {
		return html`<div class="field check">
			<input type="checkbox" id=${field} part="${field}-checkbox" .checked=${this.draft[field]}
				aria-describedby=${this.#describedBy(field)} @change=${(event) => this.#update(field, event.target.checked)}>
			<label for=${field}>${this.t(`compose.${field}`)}</label>
			${this.#fieldError(field)}
		</div>`;
	}

	#dateField(field, hint) {
		return html`<div class="field">
			<label for=${field}>${this.t(`compose.${field}`)}</label>
			${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
			${this.#fieldError(field)}
			<input type="datetime-local" id=${field} part="${field}-input" .value=${this.draft[field]}
				aria-invalid=${this.#errorFor(field) ? 'true' : 'false'} aria-describedby=${this.#describedBy(field, hint)}
				@input=${(event) => this.#update(field, event.target.value)}>
		</div>`;
	}

	/** Puts an uploaded image's Markdown into the body where the cursor was (at the end when unknown). */
	#insertImage(event) {
		const body = this.draft.body;
		const at = this.renderRoot.querySelector('#body')?.selectionEnd ?? body.length;
		const before = body.slice(0, at);
		const spacer = before && !before.endsWith('\n\n') ? (before.endsWith('\n') ? '\n' : '\n\n') : '';
		this.#update('body', `${before}${spacer}${event.detail.markdown}\n\n${body.slice(at).replace(/^\n+/, '')}`);
	}

	#update(field, value) {
		this.draft = { ...this.draft, [field]: value };
		if (field === 'body' || field === 'language') this.#scheduleReadability();
	}

	#toggleUnit(unitId, checked) {
		const targets = new Map(this.draft.targets);
		if (checked) targets.set(unitId, { unitId, includeSubunits: true });
		else targets.delete(unitId);
		this.draft = { ...this.draft, targets };
	}

	#setSubunits(unitId, includeSubunits) {
		const targets = new Map(this.draft.targets);
		targets.set(unitId, { unitId, includeSubunits });
		this.draft = { ...this.draft, targets };
	}

	#scheduleReadability() {
		clearTimeout(this.#readabilityTimer);
		this.#readabilityTimer = setTimeout(() => this.#checkReadability(), Math.max(0, Number(this.readabilityDelay) || 0));
	}

	async #checkReadability() {
		this.#readabilityRequest?.abort();
		const request = (this.#readabilityRequest = new AbortController());
		const { body: text, language } = this.draft;
		if (!text.trim()) {
			this.readability = { status: 'idle' };
			return;
		}
		this.readability = { ...this.readability, status: 'checking' };
		try {
			const api = new ApiClient({ hub: this.hub, token: this.token });
			const result = await api.send('POST', 'language/readability', { body: { text, language }, signal: request.signal });
			if (!request.signal.aborted) this.readability = { status: 'done', result };
		} catch (error) {
			if (request.signal.aborted || error?.name === 'AbortError') return;
			this.readability = { status: 'failed' };
		}
	}

	#validate() {
		const errors = [];
		const { draft } = this;
		if (draft.targets.size === 0) errors.push({ field: 'targets', message: this.t('compose.error.targets') });
		if (!draft.title.trim()) errors.push({ field: 'title', message: this.t('compose.error.title') });
		if (!draft.body.trim()) errors.push({ field: 'body', message: this.t('compose.error.body') });
		const publishAt = instant(draft.publishAt);
		const expiresAt = instant(draft.expiresAt);
		if (expiresAt && expiresAt <= (publishAt ?? new Date().toISOString())) {
			errors.push({ field: 'expiresAt', message: this.t('compose.error.expiresAt') });
		}
		return errors;
	}

	#payload() {
		const { draft } = this;
		return {
			title: draft.title.trim(),
			body: draft.body,
			priority: draft.priority,
			language: draft.language,
			commentsEnabled: draft.commentsEnabled,
			publishAt: instant(draft.publishAt),
			expiresAt: instant(draft.expiresAt),
			targets: [...draft.targets.values()],
			acknowledgement: { required: draft.acknowledgementRequired, deadline: draft.acknowledgementRequired ? instant(draft.deadline) : null },
		};
	}

	async #submit(event) {
		event.preventDefault();
		if (this.submitting) return;
		this.announcement = '';
		const errors = this.#validate();
		if (errors.length) {
			this.#showErrors(errors);
			return;
		}
		this.errors = [];
		this.submitting = true;
		try {
			const api = new ApiClient({ hub: this.hub, token: this.token });
			const created = await api.send('POST', 'posts', { body: this.#payload() });
			this.#published(created);
		} catch (error) {
			this.#showErrors(this.#problemErrors(error));
		} finally {
			this.submitting = false;
		}
	}

	#published(created) {
		const scheduled = created?.status === 'SCHEDULED';
		this.announcement = scheduled
			? this.t('compose.scheduled')
			: this.t('compose.published', { count: created?.audienceSize ?? 0 });
		this.draft = emptyDraft(this.draft.language);
		this.readability = { status: 'idle' };
		this.emit('bk-post-published', { id: created?.id, status: created?.status });
	}

	#problemErrors(error) {
		if (!(error instanceof ApiProblem)) return [{ message: this.t('common.error.generic', { status: '?' }) }];
		if (error.status === 401) {
			this.emit('bk-token-expired', { status: 401, type: error.type });
			return [{ message: this.t('common.error.token-expired') }];
		}
		if (error.status === 403) return [{ message: this.t('compose.error.forbidden') }];
		if (error.code === 'unknown-units') return [{ field: 'targets', message: this.t('compose.error.unknown-units') }];
		if (error.errors?.length) {
			return error.errors.map((fieldError) => ({ field: fieldOf(fieldError.field), message: fieldError.message }));
		}
		if (error.status === 0) return [{ message: this.t('common.error.network') }];
		return [{ message: error.detail || this.t('common.error.generic', { status: error.status }) }];
	}

	#showErrors(errors) {
		this.errors = errors;
		this.#focusFirstError = true;
	}

	updated(changed) {
		super.updated(changed);
		if (!this.#focusFirstError) return;
		this.#focusFirstError = false;
		const field = this.errors.find((error) => error.field)?.field;
		const target = field === 'targets'
			? this.renderRoot.querySelector('[part~="unit-checkbox"], #unit-filter')
			: field && this.renderRoot.querySelector(`#${field}`);
		(target ?? this.renderRoot.querySelector('[part~="submit-button"]'))?.focus();
	}
}
