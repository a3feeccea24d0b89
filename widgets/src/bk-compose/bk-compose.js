/**
 * `<bk-compose>` lets a manager write a post to the units they may target (`GET /api/v1/posts/targets`, picked in a
 * searchable tree) and publish it (`POST /api/v1/posts`). While they write it says how many people the chosen units
 * reach (`POST /api/v1/posts/audience-count`), offers a small Markdown toolbar and a preview rendered by the hub
 * (`POST /api/v1/posts/preview`), and shows a live readability meter (`POST /api/v1/language/readability`); all of
 * it advice that never stands in the way of publishing.
 */
import { html, nothing } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-compose.styles.js';
import { readabilityView } from './readability-view.js';
import { AudienceCounter } from './audience-count.js';
import { MarkdownTools } from './markdown-tools.js';
import { UnitTree, descendants, unitIndex } from './unit-tree.js';
import '../bk-image-upload/define.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

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
		countDelay: { type: Number, attribute: 'count-delay' },
		draft: { state: true },
		errors: { state: true },
		submitting: { state: true },
		announcement: { state: true },
		readability: { state: true },
	};

	#readabilityTimer;
	#readabilityRequest;
	#focusFirstError = false;
	#index = unitIndex([]);
	#tree = new UnitTree(this, {
		toggle: (unitId) => this.#toggleUnit(unitId),
		setSubunits: (unitId, include) => this.#setSubunits(unitId, include),
	});
	#audience = new AudienceCounter(this);
	#markdown = new MarkdownTools(this, { edited: (body) => this.#update('body', body) });

	constructor() {
		super();
		/** Level of the form heading (1–6), default 2. */
		this.headingLevel = 2;
		/** Milliseconds of quiet typing before the readability meter asks the hub again. */
		this.readabilityDelay = 600;
		/** Milliseconds after the last change of units before the audience is counted again. */
		this.countDelay = 300;
		this.draft = emptyDraft('sv');
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
			const targets = answer?.items ?? [];
			this.#index = unitIndex(targets);
			return { targets };
		} catch (error) {
			// Someone the hub will not let post at all is told so plainly, not shown an error.
			if (error instanceof ApiProblem && error.status === 403 && error.code !== 'unknown-person') return { targets: [] };
			throw error;
		}
	}

	render() {
		const { state } = this;
		const loading = state.status === 'loading';
		const level = this.headingLevelOr();
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
			${this.#markdown.renderPreview()}
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
		const matches = this.#tree.matches(this.#index);
		return html`<fieldset class="picker" part="unit-picker" aria-describedby=${this.#describedBy('targets')}>
			<legend id="targets-legend">${this.t('compose.targets')}</legend>
			${this.#fieldError('targets')}
			${targets.length >= SEARCH_FROM ? html`<div class="field">
				<label for="unit-filter">${this.t('compose.unit-filter')}</label>
				<input id="unit-filter" type="search" part="unit-filter" .value=${this.#tree.filter}
					@input=${(event) => { this.#tree.filter = event.target.value; this.requestUpdate(); }}>
				<p class="hint" role="status">${matches === undefined ? '' : this.#plural('compose.units-matching', matches)}</p>
			</div>` : nothing}
			<p class="hint" id="tree-hint">${this.t('compose.tree-hint')}</p>
			${this.#tree.render(this.#index, this.draft.targets, {
				invalid: Boolean(this.#errorFor('targets')), labelledBy: 'targets-legend', describedBy: 'tree-hint' })}
			${this.#tree.renderChosen(this.#index, this.draft.targets)}
			${this.#audience.render()}
		</fieldset>`;
	}

	/** A catalogue string in its plural form for `count` (`key.one` or `key.other`), the count filled in. */
	#plural(key, count) {
		const locale = this.language === 'en' ? 'en-GB' : 'sv-SE';
		const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
		return this.t(`${key}.${form}`, { count: new Intl.NumberFormat(locale).format(count) });
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
			${kind === 'textarea' ? this.#markdown.renderToolbar() : nothing}
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
		if (field === 'body') this.#markdown.textChanged();
	}

	/** Chooses a unit with its subunits (which it then covers), or leaves it out. */
	#toggleUnit(unitId) {
		const targets = new Map(this.draft.targets);
		if (targets.has(unitId)) targets.delete(unitId);
		else this.#include(targets, unitId, true);
		this.#setTargets(targets);
	}

	#setSubunits(unitId, includeSubunits) {
		const targets = new Map(this.draft.targets);
		this.#include(targets, unitId, includeSubunits);
		this.#setTargets(targets);
	}

	#include(targets, unitId, includeSubunits) {
		targets.set(unitId, { unitId, includeSubunits });
		if (includeSubunits) for (const below of descendants(this.#index, unitId)) targets.delete(below);
	}

	#setTargets(targets) {
		this.draft = { ...this.draft, targets };
		this.#audience.schedule([...targets.values()]);
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
			const api = this.api;
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
			const api = this.api;
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
		this.#audience.schedule([]);
		this.#markdown.reset();
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
		if (field === 'targets') {
			this.#tree.focus();
			return;
		}
		const target = field && this.renderRoot.querySelector(`#${field}`);
		(target ?? this.renderRoot.querySelector('[part~="submit-button"]'))?.focus();
	}
}
