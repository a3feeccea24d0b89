/**
 * `<bk-question-inbox>` is a manager's inbox of questions to them (`GET /api/v1/questions?box=inbox`): filter by
 * state, see which are overdue, open one with its thread and hand-overs, answer, close, or forward it to their own
 * manager or to HR with a note.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import {
	askedBy, formatTime, problemErrors, questionStyles, renderErrors, renderThread, stateText,
} from '../shared/question-thread.js';
import { heading } from '../shared/heading.js';
import { styles } from './bk-question-inbox.styles.js';

const STATES = ['', 'OPEN', 'ANSWERED', 'CLOSED'];

export class BkQuestionInbox extends BkElement {
	static elementName = 'bk-question-inbox';
	static styles = [sharedStyles, questionStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		filter: { type: String, reflect: true },
		announcement: { state: true },
		opened: { state: true },
		answer: { state: true },
		forward: { state: true },
		threadErrors: { state: true },
		listErrors: { state: true },
		more: { state: true },
	};

	constructor() {
		super();
		/** Level of the widget's heading (1–6), default 2. */
		this.headingLevel = 2;
		/** Which questions the list shows: '' (all), OPEN, ANSWERED or CLOSED. */
		this.filter = '';
		this.announcement = '';
		this.opened = null;
		this.answer = '';
		this.forward = { to: 'MANAGER', note: '' };
		this.threadErrors = [];
		this.listErrors = [];
		this.more = false;
	}

	fetchData(api, signal) {
		return api.get(this.#listPath(), { signal });
	}

	#listPath(after) {
		const state = STATES.includes(this.filter) ? this.filter : '';
		const query = new URLSearchParams({ box: 'inbox' });
		if (state) query.set('state', state);
		if (after) query.set('after', after);
		return `questions?${query}`;
	}

	get #level() {
		return this.headingLevelOr();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('filter') && this.hasUpdated && changed.get('filter') !== undefined) this.refresh();
	}

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('question-inbox.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('question-inbox.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.opened ? this.#renderOpened() : this.#renderList()}
		</section>`;
	}

	// The list

	#renderList() {
		const data = this.state.status === 'loaded' ? this.state.data : null;
		const items = data?.items ?? [];
		const overdue = items.filter((item) => item.overdue && item.state !== 'CLOSED').length;
		return html`<div class="field filter">
				<label for="state-filter">${this.t('question-inbox.filter')}</label>
				<select id="state-filter" part="state-filter" @change=${(event) => { this.filter = event.target.value; }}>
					${STATES.map((state) => html`<option value=${state} ?selected=${this.filter === state}>${this.t(`question-inbox.filter.${state || 'ALL'}`)}</option>`)}
				</select>
			</div>
			${renderErrors(this, this.listErrors, 'list-errors')}
			${data ? html`<p class="summary" part="summary">${this.t('question-inbox.summary', { count: items.length, overdue })}</p>
				${items.length
					? html`<ul class="list" part="list">${items.map((item) => this.#item(item))}</ul>`
					: html`<p class="empty" part="empty">${this.t('question-inbox.empty')}</p>`}
				${data.next ? html`<div class="actions"><button type="button" class="secondary" part="more-button"
					aria-disabled=${this.more ? 'true' : 'false'} @click=${this.#loadMore}>${this.t('question-inbox.more')}</button></div>` : nothing}` : nothing}`;
	}

	#item(item) {
		const late = item.overdue && item.state !== 'CLOSED';
		return html`<li class="item ${late ? 'late' : ''}" part="item${late ? ' overdue-item' : ''}">
			${heading(this.#level + 1, { cls: 'item-title', part: 'item-title' }, item.subject)}
			<p class="meta">${askedBy(this, item)}</p>
			<p><span class=${late ? 'overdue' : 'state'} part="state">${stateText(this, item)}</span>${item.state !== 'CLOSED' && item.answerDueAt
				? html` · <span class="meta">${this.t('question-inbox.due', { time: formatTime(this, item.answerDueAt) })}</span>` : nothing}</p>
			${item.excerpt ? html`<p class="excerpt">${item.excerpt}</p>` : nothing}
			<p class="meta">${this.t('question.message-count', { count: item.messageCount ?? 0 })}${item.visibility === 'UNIT'
				? html` · ${this.t('question-inbox.upvotes', { count: item.upvotes ?? 0 })}` : nothing}</p>
			<div class="actions">
				<button type="button" class="secondary" part="open-button"
					aria-label="${this.t('question.open')}: ${item.subject}" @click=${() => this.#open(item.id)}>${this.t('question.open')}</button>
			</div>
		</li>`;
	}

	async #loadMore() {
		if (this.more || this.state.status !== 'loaded') return;
		this.more = true;
		this.listErrors = [];
		try {
			const { items, next } = this.state.data;
			const page = await this.api.get(this.#listPath(next));
			this.state = { status: 'loaded', data: { items: [...items, ...(page?.items ?? [])], next: page?.next ?? null } };
			this.announcement = this.t('question-inbox.more-loaded', { count: page?.items?.length ?? 0 });
		} catch (error) {
			this.listErrors = problemErrors(this, error);
		} finally {
			this.more = false;
		}
	}

	async #open(id) {
		this.listErrors = [];
		try {
			this.opened = { question: await this.api.get(`questions/${id}`) };
			this.answer = '';
			this.forward = { to: 'MANAGER', note: '' };
			this.threadErrors = [];
			this.announcement = '';
			this.focusAfterUpdate('#thread-heading');
		} catch (error) {
			this.listErrors = problemErrors(this, error);
		}
	}

	// One question

	#renderOpened() {
		const { question } = this.opened;
		const { permissions = {} } = question;
		const actions = html`${renderErrors(this, this.threadErrors, 'thread-errors')}
			${permissions.answer ? html`<form part="answer-form" novalidate @submit=${this.#sendAnswer}>
				<div class="field">
					<label for="answer">${this.t('question-inbox.answer')}</label>
					<textarea id="answer" part="answer-input" rows="5" maxlength="4000" .value=${this.answer}
						@input=${(event) => { this.answer = event.target.value; }}></textarea>
				</div>
				<div class="actions"><button type="submit" part="answer-button">${this.t('question-inbox.send-answer')}</button></div>
			</form>` : nothing}
			${permissions.forward ? this.#renderForward() : nothing}
			<div class="actions">
				${permissions.close ? html`<button type="button" class="secondary" part="close-button" @click=${this.#close}>${this.t('question.close')}</button>` : nothing}
				<button type="button" class="secondary" part="back-button" @click=${this.#back}>${this.t('question.back')}</button>
			</div>`;
		return renderThread(this, question, { level: this.#level + 1, actions });
	}

	#renderForward() {
		return html`<form part="forward-form" novalidate @submit=${this.#sendForward}>
			<fieldset>
				<legend>${this.t('question-inbox.forward')}</legend>
				<p class="hint">${this.t('question-inbox.forward.hint')}</p>
				${['MANAGER', 'HR'].map((to) => html`<div class="check">
					<input type="radio" name="forward-to" id="forward-${to}" value=${to} .checked=${this.forward.to === to}
						@change=${() => { this.forward = { ...this.forward, to }; }}>
					<label for="forward-${to}">${this.t(`question-inbox.forward.${to}`)}</label>
				</div>`)}
				<div class="field">
					<label for="forward-note">${this.t('question-inbox.forward.note')}</label>
					<textarea id="forward-note" part="forward-note" rows="3" maxlength="1000" .value=${this.forward.note}
						@input=${(event) => { this.forward = { ...this.forward, note: event.target.value }; }}></textarea>
				</div>
				<div class="actions"><button type="submit" part="forward-button">${this.t('question-inbox.forward.send')}</button></div>
			</fieldset>
		</form>`;
	}

	async #sendAnswer(event) {
		event.preventDefault();
		if (!this.answer.trim()) {
			this.threadErrors = [{ message: this.t('question.error.empty', { field: this.t('question-inbox.answer') }) }];
			this.focusAfterUpdate('#answer');
			return;
		}
		const done = await this.#act('answers', { body: this.answer.trim() }, () => this.t('question-inbox.answered'), 'bk-question-answered');
		if (done) this.answer = '';
	}

	#close() {
		return this.#act('closure', undefined, () => this.t('question.closed'), 'bk-question-closed');
	}

	async #sendForward(event) {
		event.preventDefault();
		const { to, note } = this.forward;
		const done = await this.#act('forwards', { to, note: note.trim() || null }, (question) => (to === 'HR'
			? this.t('question-inbox.forwarded-hr')
			: this.t('question-inbox.forwarded', { unit: question.unit?.name ?? '' })), 'bk-question-forwarded', { to });
		if (done) this.forward = { to: 'MANAGER', note: '' };
	}

	async #act(action, body, doneText, eventType, detail = {}) {
		this.threadErrors = [];
		this.announcement = '';
		const { id } = this.opened.question;
		try {
			const question = await this.api.send('POST', `questions/${id}/${action}`, { body });
			this.opened = { question };
			this.announcement = doneText(question);
			this.emit(eventType, { id, ...detail });
			this.#updateSummary(question);
			this.focusAfterUpdate('#thread-heading');
			return true;
		} catch (error) {
			this.threadErrors = problemErrors(this, error);
			this.focusAfterUpdate('[part~="back-button"]');
			return false;
		}
	}

	#updateSummary(question) {
		if (this.state.status !== 'loaded') return;
		const items = this.state.data.items.map((item) => (item.id === question.id
			? { ...item, state: question.state, overdue: question.overdue, withHr: question.withHr, messageCount: question.messages?.length ?? item.messageCount }
			: item));
		this.state = { status: 'loaded', data: { ...this.state.data, items } };
	}

	#back() {
		this.opened = null;
		this.threadErrors = [];
		this.announcement = '';
		this.focusAfterUpdate('#state-filter');
	}

}
