/**
 * `<bk-cascade-compose>` starts a budkavle (`POST /api/v1/cascades`): the core message in Markdown with the readability
 * meter of `bk-compose`, what changes and what does not, what to say, likely questions with suggested answers, what is
 * left to each manager, what not to speculate about and an optional question for the teams; the units it goes to,
 * picked in the unit tree of `bk-compose` from the units the viewer may reach (`GET /api/v1/posts/targets`), each with
 * everything below it; level by level or to every manager at once; a deadline per level in working days or one
 * deadline for all. The hub's field errors show beside their fields; a created budkavle is confirmed in words.
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { cascadeErrors, cascadeStyles } from '../shared/cascade.js';
import { UnitTree, descendants, unitIndex } from '../bk-compose/unit-tree.js';
import { readabilityView } from '../bk-compose/readability-view.js';
import { styles as composeStyles } from '../bk-compose/bk-compose.styles.js';
import { styles } from './bk-cascade-compose.styles.js';

const TEXTS = ['changes', 'unchanged', 'localJudgement', 'doNotSay'];

/** Fields whose errors from the hub are said in the widget's language (the hub's words are English). */
const KNOWN_ERRORS = ['title', 'message', 'targets', 'levelDeadline', 'deadline'];

/** A `datetime-local` value as an ISO instant, or null when empty. */
function instant(local) {
	if (!local) return null;
	const date = new Date(local);
	return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export class BkCascadeCompose extends BkElement {
	static elementName = 'bk-cascade-compose';
	static styles = [sharedStyles, composeStyles, cascadeStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		readabilityDelay: { type: Number, attribute: 'readability-delay' },
		draft: { state: true },
		errors: { state: true },
		submitting: { state: true },
		created: { state: true },
		readability: { state: true },
	};

	#index = unitIndex([]);
	#tree = new UnitTree(this, {
		toggle: (unitId) => this.#toggleUnit(unitId),
		setSubunits: () => {},
	});
	#readabilityTimer;
	#readabilityRequest;

	constructor() {
		super();
		/** Level of the form heading (1–5), default 2. */
		this.headingLevel = 2;
		/** Milliseconds of quiet typing before the readability meter asks the hub again. */
		this.readabilityDelay = 600;
		this.draft = this.#emptyDraft();
		/** @type {{field?: string, message: string}[]} */
		this.errors = [];
		this.submitting = false;
		/** The budkavle just created: `{id, title}`, or null. */
		this.created = null;
		/** @type {{status: 'idle'|'checking'|'done'|'failed', result?: any}} */
		this.readability = { status: 'idle' };
	}

	#emptyDraft() {
		return {
			title: '', message: '', changes: '', unchanged: '', talkingPoints: '', questions: [{ question: '', answer: '' }],
			localJudgement: '', doNotSay: '', askFeedback: true, feedbackQuestion: '', targets: new Map(),
			mode: 'LEVEL_BY_LEVEL', deadlineKind: 'LEVEL', levelDeadline: '3', deadline: '',
		};
	}

	connectedCallback() {
		super.connectedCallback();
		if (!this.draft.feedbackQuestion) this.draft = { ...this.draft, feedbackQuestion: this.t('cascade-compose.feedback-default') };
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
			if (error instanceof ApiProblem && error.status === 403 && error.code !== 'unknown-person') return { targets: [] };
			throw error;
		}
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('cascade-compose.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('cascade-compose.loading')}`
				: ''}</p>
			${this.renderAlert()}
			${this.created ? html`<div class="confirmation" part="confirmation" tabindex="-1">
				<p>${this.t('cascade-compose.created', { title: this.created.title })}</p>
				<p class="hint">${this.t('cascade-compose.created-hint')}</p>
				<div class="actions"><button type="button" class="secondary" part="new-button" @click=${this.#startAnother}>${this.t('cascade-compose.another')}</button></div>
			</div>` : nothing}
			${this.state.status === 'loaded' && !this.created ? this.#renderForm(this.state.data.targets) : nothing}
		</section>`;
	}

	#renderForm(targets) {
		if (targets.length === 0) return html`<p class="empty" part="no-targets">${this.t('cascade-compose.no-targets')}</p>`;
		const { draft } = this;
		return html`<form part="form" novalidate @submit=${this.#submit}>
			${this.#renderSummary()}
			${this.#text('title', 'input', { required: true, maxlength: 200 })}
			${this.#text('message', 'textarea', { required: true, maxlength: 20000, rows: 8, hint: this.t('cascade-compose.message-hint') })}
			${readabilityView(this)}
			${TEXTS.slice(0, 2).map((field) => this.#text(field, 'textarea', { maxlength: 4000, rows: 3 }))}
			${this.#text('talkingPoints', 'textarea', { maxlength: 4000, rows: 4, hint: this.t('cascade-compose.talkingPoints-hint') })}
			${this.#renderQuestions()}
			${TEXTS.slice(2).map((field) => this.#text(field, 'textarea', { maxlength: 4000, rows: 3, hint: this.t(`cascade-compose.${field}-hint`) }))}
			<div class="field check">
				<input type="checkbox" id="askFeedback" part="ask-feedback" .checked=${draft.askFeedback}
					@change=${(event) => this.#update('askFeedback', event.target.checked)}>
				<label for="askFeedback">${this.t('cascade-compose.askFeedback')}</label>
			</div>
			${draft.askFeedback ? this.#text('feedbackQuestion', 'input', { maxlength: 500 }) : nothing}
			${this.#renderTargets()}
			${this.#renderMode()}
			${this.#renderDeadline()}
			<div class="actions">
				<button type="submit" part="submit-button" aria-disabled=${this.submitting ? 'true' : 'false'}>${this.submitting
					? this.t('cascade-compose.sending') : this.t('cascade-compose.send')}</button>
			</div>
		</form>`;
	}

	#renderSummary() {
		if (this.errors.length === 0) return html`<div class="error-summary-slot" role="alert"></div>`;
		return html`<div class="error-summary-slot" role="alert"><div class="error-summary" part="error-summary">
			<p class="error-summary-title">${this.t('cascade-compose.errors-title')}</p>
			<ul>${this.errors.map((error) => html`<li>${error.message}</li>`)}</ul>
		</div></div>`;
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

	#text(field, kind, { required = false, maxlength, rows = 3, hint } = {}) {
		const value = this.draft[field];
		const input = (event) => this.#update(field, event.target.value);
		const invalid = this.#errorFor(field) ? 'true' : 'false';
		const describedBy = this.#describedBy(field, hint);
		return html`<div class="field">
			<label for=${field}>${this.t(`cascade-compose.${field}`)}${required
				? html` <span class="required">${this.t('compose.required')}</span>` : nothing}</label>
			${hint ? html`<p class="hint" id="${field}-hint">${hint}</p>` : nothing}
			${this.#fieldError(field)}
			${kind === 'textarea'
				? html`<textarea id=${field} part="${field}-input" rows=${rows} maxlength=${maxlength} aria-required=${required}
					aria-invalid=${invalid} aria-describedby=${describedBy} .value=${value} @input=${input}></textarea>`
				: html`<input type="text" id=${field} part="${field}-input" maxlength=${maxlength} aria-required=${required}
					aria-invalid=${invalid} aria-describedby=${describedBy} .value=${value} @input=${input}>`}
		</div>`;
	}

	#renderQuestions() {
		const { questions } = this.draft;
		const set = (index, key, value) => this.#update('questions',
			questions.map((entry, at) => (at === index ? { ...entry, [key]: value } : entry)));
		return html`<fieldset class="questions" part="questions" aria-describedby=${this.#describedBy('questions', true)}>
			<legend>${this.t('cascade-compose.questions')}</legend>
			<p class="hint" id="questions-hint">${this.t('cascade-compose.questions-hint')}</p>
			${this.#fieldError('questions')}
			<ol class="question-list">${questions.map((entry, index) => html`<li class="question-pair" part="question-pair">
				<div class="field">
					<label for="question-${index}">${this.t('cascade-compose.question', { number: index + 1 })}</label>
					<input type="text" id="question-${index}" part="question-input" maxlength="500" .value=${entry.question}
						@input=${(event) => set(index, 'question', event.target.value)}>
				</div>
				<div class="field">
					<label for="answer-${index}">${this.t('cascade-compose.answer', { number: index + 1 })}</label>
					<textarea id="answer-${index}" part="answer-input" rows="3" maxlength="4000" .value=${entry.answer}
						@input=${(event) => set(index, 'answer', event.target.value)}></textarea>
				</div>
				${questions.length > 1 ? html`<button type="button" class="secondary" part="remove-question"
					@click=${() => this.#removeQuestion(index)}>${this.t('cascade-compose.remove-question', { number: index + 1 })}</button>` : nothing}
			</li>`)}</ol>
			<button type="button" class="secondary" part="add-question" @click=${this.#addQuestion}>${this.t('cascade-compose.add-question')}</button>
		</fieldset>`;
	}

	#renderTargets() {
		const chosen = this.draft.targets;
		return html`<fieldset class="picker" part="unit-picker" aria-describedby=${this.#describedBy('targets')}>
			<legend id="targets-legend">${this.t('cascade-compose.targets')}</legend>
			${this.#fieldError('targets')}
			<p class="hint" id="tree-hint">${this.t('cascade-compose.tree-hint')}</p>
			${this.#tree.render(this.#index, chosen, { invalid: Boolean(this.#errorFor('targets')), labelledBy: 'targets-legend', describedBy: 'tree-hint' })}
			<p class="hint" part="chosen">${chosen.size === 0 ? this.t('compose.chosen.none') : this.t('cascade-compose.chosen', {
				count: chosen.size, units: [...chosen.keys()].map((id) => this.#index.byId.get(id)?.name ?? id).join(', ') })}</p>
		</fieldset>`;
	}

	#radioGroup(field, values, onChange, current) {
		return html`<fieldset class="choices" part=${field} aria-describedby=${this.#describedBy(field)}>
			<legend>${this.t(`cascade-compose.${field}`)}</legend>
			${this.#fieldError(field)}
			${values.map((value) => html`<span class="check">
				<input type="radio" name=${field} id="${field}-${value}" .checked=${current === value} @change=${() => onChange(value)}>
				<label for="${field}-${value}">${this.t(`cascade-compose.${field}.${value}`)}</label>
			</span>`)}
		</fieldset>`;
	}

	#renderMode() {
		return this.#radioGroup('mode', ['LEVEL_BY_LEVEL', 'ALL_AT_ONCE'], (mode) => this.#update('mode', mode), this.draft.mode);
	}

	#renderDeadline() {
		const { draft } = this;
		return html`${this.#radioGroup('deadlineKind', ['LEVEL', 'OVERALL'], (kind) => this.#update('deadlineKind', kind), draft.deadlineKind)}
			${draft.deadlineKind === 'LEVEL' ? html`<div class="field">
				<label for="levelDeadline">${this.t('cascade-compose.levelDeadline')}</label>
				<p class="hint" id="levelDeadline-hint">${this.t('cascade-compose.levelDeadline-hint')}</p>
				${this.#fieldError('levelDeadline')}
				<input type="number" inputmode="numeric" min="1" max="30" id="levelDeadline" part="levelDeadline-input"
					aria-invalid=${this.#errorFor('levelDeadline') ? 'true' : 'false'} aria-describedby=${this.#describedBy('levelDeadline', true)}
					.value=${draft.levelDeadline} @input=${(event) => this.#update('levelDeadline', event.target.value)}>
			</div>` : html`<div class="field">
				<label for="deadline">${this.t('cascade-compose.deadline')}</label>
				${this.#fieldError('deadline')}
				<input type="datetime-local" id="deadline" part="deadline-input" aria-invalid=${this.#errorFor('deadline') ? 'true' : 'false'}
					aria-describedby=${this.#describedBy('deadline')} .value=${draft.deadline}
					@input=${(event) => this.#update('deadline', event.target.value)}>
			</div>`}`;
	}

	#update(field, value) {
		this.draft = { ...this.draft, [field]: value };
		if (field === 'message') this.#scheduleReadability();
	}

	/** A chosen unit takes every unit below it along: the budkavle goes down the whole subtree. */
	#toggleUnit(unitId) {
		const targets = new Map(this.draft.targets);
		if (targets.has(unitId)) {
			targets.delete(unitId);
		} else {
			targets.set(unitId, { unitId, includeSubunits: true });
			for (const below of descendants(this.#index, unitId)) targets.delete(below);
		}
		this.#update('targets', targets);
	}

	#addQuestion() {
		this.#update('questions', [...this.draft.questions, { question: '', answer: '' }]);
		this.focusAfterUpdate(`#question-${this.draft.questions.length - 1}`);
	}

	#removeQuestion(index) {
		this.#update('questions', this.draft.questions.filter((_, at) => at !== index));
		this.focusAfterUpdate('[part~="add-question"]');
	}

	#scheduleReadability() {
		clearTimeout(this.#readabilityTimer);
		this.#readabilityTimer = setTimeout(() => this.#checkReadability(), Math.max(0, Number(this.readabilityDelay) || 0));
	}

	async #checkReadability() {
		this.#readabilityRequest?.abort();
		const request = (this.#readabilityRequest = new AbortController());
		const text = this.draft.message;
		if (!text.trim()) {
			this.readability = { status: 'idle' };
			return;
		}
		this.readability = { ...this.readability, status: 'checking' };
		try {
			const api = this.api;
			const result = await api.send('POST', 'language/readability', { body: { text, language: this.language }, signal: request.signal });
			if (!request.signal.aborted) this.readability = { status: 'done', result };
		} catch (error) {
			if (request.signal.aborted || error?.name === 'AbortError') return;
			this.readability = { status: 'failed' };
		}
	}

	#payload() {
		const { draft } = this;
		const level = draft.deadlineKind === 'LEVEL';
		const levelDeadline = Number.parseInt(draft.levelDeadline, 10);
		return {
			title: draft.title.trim(),
			message: draft.message,
			...Object.fromEntries(TEXTS.map((field) => [field, draft[field].trim()])),
			talkingPoints: draft.talkingPoints.split('\n').map((line) => line.replace(/^\s*[-*•]\s*/, '').trim()).filter(Boolean),
			questions: draft.questions.map((entry) => ({ question: entry.question.trim(), answer: entry.answer.trim() }))
				.filter((entry) => entry.question || entry.answer),
			feedbackQuestion: draft.askFeedback && draft.feedbackQuestion.trim() ? draft.feedbackQuestion.trim() : null,
			targets: [...draft.targets.keys()].map((unitId) => ({ unitId })),
			mode: draft.mode,
			levelDeadline: level ? (Number.isNaN(levelDeadline) ? null : levelDeadline) : null,
			deadline: level ? null : instant(draft.deadline),
		};
	}

	async #submit(event) {
		event.preventDefault();
		if (this.submitting) return;
		this.errors = [];
		this.submitting = true;
		const body = this.#payload();
		try {
			const created = await this.api.send('POST', 'cascades', { body });
			this.created = { id: created?.id, title: body.title };
			this.draft = { ...this.#emptyDraft(), feedbackQuestion: this.t('cascade-compose.feedback-default') };
			this.readability = { status: 'idle' };
			this.focusAfterUpdate('[part~="confirmation"]');
			this.emit('bk-cascade-created', { id: created?.id });
		} catch (error) {
			this.errors = cascadeErrors(this, error, { forbiddenKey: 'cascade-compose.error.forbidden' }).map((entry) => (
				KNOWN_ERRORS.includes(entry.field) ? { ...entry, message: this.t(`cascade-compose.error.${entry.field}`) } : entry));
			const field = this.errors.find((entry) => entry.field && this.#target(entry.field))?.field;
			this.focusAfterUpdate(field ? `#${this.#target(field)}` : '[part~="submit-button"]');
		} finally {
			this.submitting = false;
		}
	}

	/** The id of the control a field error sends the keyboard to, or undefined when the form has none for it. */
	#target(field) {
		if (field === 'targets') return this.renderRoot.querySelector('[role="treeitem"][tabindex="0"]')?.id;
		if (field === 'questions') return 'question-0';
		if (field === 'mode') return `mode-${this.draft.mode}`;
		return this.renderRoot.querySelector(`#${CSS.escape(field)}`) ? field : undefined;
	}

	#startAnother() {
		this.created = null;
		this.focusAfterUpdate('#title');
	}

}
