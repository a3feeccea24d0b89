/**
 * `<bk-ask-manager>` lets an employee ask their manager a question (`POST /api/v1/questions`), by name or
 * anonymously, follow their own questions and answers (`box=mine`), open an anonymous question with its follow-up
 * key, and read and upvote the unit's questions and answers (`box=unit`). An asker whose own unit is too small to be
 * named on an anonymous question is told where it would be labelled instead (`GET /api/v1/questions/anonymity`).
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import {
	FOLLOW_UP_HEADER, formatTime, problemErrors, questionStyles, renderErrors, renderThread, stateText,
} from '../shared/question-thread.js';
import { heading } from '../shared/heading.js';
import { styles } from './bk-ask-manager.styles.js';
import { keyGroups, keyToSend } from './follow-up-key.js';

/** Where follow-up keys are kept on this device, and only after the person said so. */
export const REMEMBERED_KEYS = 'budkavle.question-follow-up-keys';

function emptyDraft() {
	return { subject: '', body: '', visibility: 'PRIVATE', anonymous: false };
}

/** The keys remembered on this device: `[{key, subject}]`; nothing when storage is unavailable or garbled. */
function rememberedKeys() {
	try {
		const stored = JSON.parse(globalThis.localStorage?.getItem(REMEMBERED_KEYS) ?? '[]');
		return Array.isArray(stored) ? stored.filter((entry) => typeof entry?.key === 'string') : [];
	} catch {
		return [];
	}
}

function storeKeys(entries) {
	try {
		if (entries.length) globalThis.localStorage?.setItem(REMEMBERED_KEYS, JSON.stringify(entries));
		else globalThis.localStorage?.removeItem(REMEMBERED_KEYS);
		return true;
	} catch {
		return false;
	}
}

export class BkAskManager extends BkElement {
	static elementName = 'bk-ask-manager';
	static styles = [sharedStyles, questionStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		unit: { type: String },
		draft: { state: true },
		formErrors: { state: true },
		submitting: { state: true },
		announcement: { state: true },
		created: { state: true },
		opened: { state: true },
		threadErrors: { state: true },
		reply: { state: true },
		keyInput: { state: true },
		keyErrors: { state: true },
		listErrors: { state: true },
		saved: { state: true },
	};

	constructor() {
		super();
		/** Level of the widget's heading (1–6), default 2; sections are one level below. */
		this.headingLevel = 2;
		/** Optional id of a unit above the asker's own (in their manager chain) to ask instead of their own managers. */
		this.unit = '';
		this.draft = emptyDraft();
		this.formErrors = [];
		this.submitting = false;
		this.announcement = '';
		/** The answer to an anonymous question just asked: `{id, subject, key, remembered}`, until dismissed. */
		this.created = null;
		/** The question shown in full: `{question, key?}`. */
		this.opened = null;
		this.threadErrors = [];
		this.reply = '';
		this.keyInput = '';
		this.keyErrors = [];
		this.listErrors = [];
		this.saved = rememberedKeys();
	}

	async fetchData(api, signal) {
		const target = this.unit ? `?unit=${encodeURIComponent(this.unit)}` : '';
		const [mine, unit, anonymity] = await Promise.all([
			api.get('questions?box=mine', { signal }),
			api.get('questions?box=unit', { signal }),
			// only a warning: without it the form still works, so a failure here is not the widget's error
			api.get(`questions/anonymity${target}`, { signal }).catch(() => null),
		]);
		return { mine: mine?.items ?? [], unit: unit?.items ?? [], anonymity };
	}

	get #level() {
		return this.headingLevelOr();
	}

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('ask-manager.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('ask-manager.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.opened ? this.#renderOpened() : this.#renderHome()}
		</section>`;
	}

	#renderHome() {
		const loaded = this.state.status === 'loaded';
		return html`${this.created ? this.#renderKey() : nothing}
			${this.#renderForm()}
			${loaded ? this.#renderMine(this.state.data.mine) : nothing}
			${this.#renderByKey()}
			${loaded ? this.#renderUnit(this.state.data.unit) : nothing}`;
	}

	#section(id, titleKey, content) {
		return html`<section class="part" part="section ${id}" aria-labelledby="${id}-heading">
			${heading(this.#level + 1, { id: `${id}-heading`, cls: 'section-heading', part: 'section-heading', focusable: true }, this.t(titleKey))}
			${content}
		</section>`;
	}

	// Asking

	#renderForm() {
		const { draft } = this;
		return this.#section('ask', 'ask-manager.ask', html`<form part="form" novalidate @submit=${this.#submit}>
			${renderErrors(this, this.formErrors, 'form-errors')}
			<p class="hint" part="recipient">${this.t(this.unit ? 'ask-manager.recipient-unit' : 'ask-manager.recipient')}</p>
			${this.#textField('subject', 'input', 200)}
			${this.#textField('body', 'textarea', 4000)}
			<fieldset part="visibility">
				<legend>${this.t('ask-manager.visibility')}</legend>
				${['PRIVATE', 'UNIT'].map((value) => html`<div class="check">
					<input type="radio" name="visibility" id="visibility-${value}" value=${value} .checked=${draft.visibility === value}
						aria-describedby="visibility-${value}-hint" @change=${() => this.#update('visibility', value)}>
					<span><label for="visibility-${value}">${this.t(`ask-manager.visibility.${value}`)}</label>
						<span class="hint block" id="visibility-${value}-hint">${this.t(`ask-manager.visibility.${value}.hint`)}</span></span>
				</div>`)}
			</fieldset>
			<div class="field">
				<div class="check">
					<input type="checkbox" id="anonymous" part="anonymous-checkbox" .checked=${draft.anonymous}
						aria-describedby="anonymous-explained" @change=${(event) => this.#update('anonymous', event.target.checked)}>
					<label for="anonymous">${this.t('ask-manager.anonymous')}</label>
				</div>
				<div class="explain" id="anonymous-explained" part="anonymous-explained">
					${this.#renderSmallGroup()}
					<p><strong>${this.t('ask-manager.anonymous.means')}</strong></p>
					<ul>
						<li>${this.t('ask-manager.anonymous.no-link')}</li>
						<li>${this.t('ask-manager.anonymous.nobody-sees')}</li>
						<li>${this.t('ask-manager.anonymous.key')}</li>
					</ul>
					<p><strong>${this.t('ask-manager.anonymous.not')}</strong></p>
					<ul>
						<li>${this.t('ask-manager.anonymous.text-reveals')}</li>
						<li>${this.t('ask-manager.anonymous.not-in-mine')}</li>
					</ul>
				</div>
			</div>
			<div class="actions">
				<button type="submit" part="submit-button" aria-disabled=${this.submitting ? 'true' : 'false'}>${this.t(this.submitting
					? 'ask-manager.sending' : 'ask-manager.send')}</button>
			</div>
		</form>`);
	}

	/** Warns an asker whose own unit has fewer than k people where an anonymous question goes instead, if anywhere. */
	#renderSmallGroup() {
		const anonymity = this.state.status === 'loaded' ? this.state.data.anonymity : null;
		if (!anonymity?.ownUnitSmall) return nothing;
		const params = { unit: anonymity.ownUnit?.name ?? '', k: anonymity.minimumGroupSize, labelled: anonymity.labelledAt?.name ?? '' };
		return html`<p class="small-group" part="small-group-warning">${this.t(anonymity.labelledAt
			? 'ask-manager.anonymous.small-group' : 'ask-manager.anonymous.too-small', params)}</p>`;
	}

	#textField(field, kind, maxlength) {
		const message = this.formErrors.filter((error) => error.field === field).map((error) => error.message).join(' ');
		const input = (event) => this.#update(field, event.target.value);
		return html`<div class="field">
			<label for=${field}>${this.t(`question.field.${field}`)}</label>
			${message ? html`<p class="field-error" id="${field}-error" part="field-error">${message}</p>` : nothing}
			${kind === 'textarea'
				? html`<textarea id=${field} part="${field}-input" rows="6" maxlength=${maxlength} aria-required="true"
					aria-invalid=${message ? 'true' : 'false'} aria-describedby=${message ? `${field}-error` : nothing}
					.value=${this.draft[field]} @input=${input}></textarea>`
				: html`<input id=${field} type="text" part="${field}-input" maxlength=${maxlength} aria-required="true"
					aria-invalid=${message ? 'true' : 'false'} aria-describedby=${message ? `${field}-error` : nothing}
					.value=${this.draft[field]} @input=${input}>`}
		</div>`;
	}

	#update(field, value) {
		this.draft = { ...this.draft, [field]: value };
	}

	async #submit(event) {
		event.preventDefault();
		if (this.submitting) return;
		this.announcement = '';
		const errors = ['subject', 'body'].filter((field) => !this.draft[field].trim())
			.map((field) => ({ field, message: this.t('question.error.empty', { field: this.t(`question.field.${field}`) }) }));
		if (errors.length) {
			this.#showFormErrors(errors);
			return;
		}
		this.formErrors = [];
		this.submitting = true;
		const { subject, body, visibility, anonymous } = this.draft;
		try {
			const created = await this.api.send('POST', 'questions', {
				body: { subject: subject.trim(), body: body.trim(), unitId: this.unit || null, anonymous, visibility },
			});
			this.#asked(created, anonymous);
		} catch (error) {
			this.#showFormErrors(problemErrors(this, error));
		} finally {
			this.submitting = false;
		}
	}

	#asked(created, anonymous) {
		this.draft = emptyDraft();
		this.emit('bk-question-asked', { id: created?.id, anonymous, visibility: created?.visibility });
		if (anonymous && created?.followUpKey) {
			this.created = { id: created.id, subject: created.subject, key: created.followUpKey, remembered: false };
			this.announcement = this.t('ask-manager.asked-anonymously');
			this.focusAfterUpdate('#key-heading');
			return;
		}
		this.announcement = this.t('ask-manager.asked');
		if (this.state.status === 'loaded' && created) {
			const summary = { ...created, excerpt: created.body, messageCount: 0 };
			const data = this.state.data;
			this.state = { status: 'loaded', data: {
				...data,
				mine: [summary, ...data.mine],
				unit: created.visibility === 'UNIT' ? [summary, ...data.unit] : data.unit,
			} };
		}
	}

	#showFormErrors(errors) {
		this.formErrors = errors;
		const field = errors.find((error) => error.field)?.field;
		this.focusAfterUpdate(field ? `#${field}` : '[part~="submit-button"]');
	}

	// The follow-up key, shown once

	#renderKey() {
		const { created } = this;
		return html`<section class="part key-panel" part="section follow-up-key" aria-labelledby="key-heading">
			${heading(this.#level + 1, { id: 'key-heading', cls: 'section-heading', part: 'section-heading', focusable: true }, this.t('ask-manager.key.heading'))}
			<p class="warning" part="key-warning"><strong>${this.t('ask-manager.key.warning')}</strong></p>
			<div class="field">
				<label for="follow-up-key">${this.t('ask-manager.key.label')}</label>
				<textarea id="follow-up-key" part="key-output" rows="2" readonly spellcheck="false" .value=${keyGroups(created.key).join(' – ')}
					@focus=${(event) => event.target.select()}></textarea>
			</div>
			<div class="actions">
				<button type="button" part="copy-button" @click=${this.#copy}>${this.t('ask-manager.key.copy')}</button>
			</div>
			<div class="check">
				<input type="checkbox" id="remember" part="remember-checkbox" .checked=${created.remembered} aria-describedby="remember-hint"
					@change=${(event) => this.#remember(event.target.checked)}>
				<span><label for="remember">${this.t('ask-manager.key.remember')}</label>
					<span class="hint block" id="remember-hint">${this.t('ask-manager.key.remember-hint')}</span></span>
			</div>
			<div class="actions">
				<button type="button" class="secondary" part="key-done-button" @click=${this.#keyDone}>${this.t('ask-manager.key.done')}</button>
			</div>
		</section>`;
	}

	async #copy() {
		try {
			await navigator.clipboard.writeText(this.created.key);
			this.announcement = this.t('ask-manager.key.copied');
		} catch {
			const field = this.renderRoot.querySelector('#follow-up-key');
			field?.focus();
			field?.select();
			this.announcement = this.t('ask-manager.key.copy-yourself');
		}
	}

	#remember(remember) {
		const { key, subject } = this.created;
		const others = rememberedKeys().filter((entry) => entry.key !== key);
		const stored = storeKeys(remember ? [...others, { key, subject }] : others);
		this.created = { ...this.created, remembered: remember && stored };
		this.saved = rememberedKeys();
		this.announcement = this.t(!stored ? 'ask-manager.key.storage-unavailable'
			: remember ? 'ask-manager.key.remembered' : 'ask-manager.key.forgotten');
	}

	#keyDone() {
		this.created = null;
		this.announcement = '';
		this.focusAfterUpdate('#ask-heading');
	}

	// My questions and the unit's Q&A

	#renderMine(items) {
		return this.#section('mine', 'ask-manager.mine', items.length
			? html`<ul class="list" part="list">${items.map((item) => this.#item(item, nothing))}</ul>`
			: html`<p class="empty" part="empty">${this.t('ask-manager.mine.empty')}</p>`);
	}

	#renderUnit(items) {
		return this.#section('unit', 'ask-manager.unit', html`${renderErrors(this, this.listErrors, 'list-errors')}
			${items.length
				? html`<ul class="list" part="list">${items.map((item) => this.#item(item, this.#upvote(item)))}</ul>`
				: html`<p class="empty" part="empty">${this.t('ask-manager.unit.empty')}</p>`}`);
	}

	#item(item, extra) {
		return html`<li class="item" part="item">
			${heading(this.#level + 2, { cls: 'item-title', part: 'item-title' }, item.subject)}
			<p class="meta">${formatTime(this, item.askedAt)} · <span class=${item.overdue ? 'overdue' : ''}>${stateText(this, item)}</span>
				· ${this.t('question.message-count', { count: item.messageCount ?? 0 })}</p>
			<div class="actions">
				<button type="button" class="secondary" part="open-button"
					aria-label="${this.t('question.open')}: ${item.subject}" @click=${() => this.#open(item.id)}>${this.t('question.open')}</button>
				${extra}
			</div>
		</li>`;
	}

	#upvote(item) {
		return html`<button type="button" class="secondary" part="upvote-button" aria-pressed=${item.upvoted ? 'true' : 'false'}
				aria-label="${this.t('ask-manager.upvote')}: ${item.subject}" @click=${() => this.#toggleUpvote(item)}>${this.t('ask-manager.upvote')}</button>
			<span class="count" part="upvote-count">${this.t('ask-manager.upvotes', { count: item.upvotes ?? 0 })}</span>`;
	}

	async #toggleUpvote(item) {
		this.listErrors = [];
		try {
			const result = await this.api.send(item.upvoted ? 'DELETE' : 'PUT', `questions/${item.id}/upvote`);
			const data = this.state.data;
			const unit = data.unit.map((entry) => (entry.id === item.id ? { ...entry, ...result } : entry));
			this.state = { status: 'loaded', data: { ...data, unit } };
			this.announcement = this.t(result.upvoted ? 'ask-manager.upvoted' : 'ask-manager.upvote-removed', { count: result.upvotes });
			this.emit('bk-question-upvoted', { id: item.id, upvoted: result.upvoted, upvotes: result.upvotes });
		} catch (error) {
			this.listErrors = problemErrors(this, error);
		}
	}

	// Opening by key

	#renderByKey() {
		return this.#section('by-key', 'ask-manager.by-key', html`<form part="key-form" novalidate @submit=${this.#openByKey}>
			${renderErrors(this, this.keyErrors, 'key-errors')}
			<div class="field">
				<label for="key-input">${this.t('ask-manager.key.label')}</label>
				<p class="hint" id="key-input-hint">${this.t('ask-manager.by-key.hint')}</p>
				<input id="key-input" type="text" part="key-input" autocomplete="off" spellcheck="false" aria-describedby="key-input-hint"
					.value=${this.keyInput} @input=${(event) => { this.keyInput = event.target.value; }}>
			</div>
			<div class="actions"><button type="submit" part="open-key-button">${this.t('ask-manager.by-key.open')}</button></div>
			${this.saved.length ? html`<p class="hint">${this.t('ask-manager.saved-keys')}</p>
				<ul class="list" part="saved-keys">${this.saved.map((entry) => html`<li class="actions saved" part="saved-key">
					<button type="button" class="secondary" @click=${() => this.#openKey(entry.key)}>${this.t('question.open')}:
						${entry.subject || this.t('ask-manager.key.label')}</button>
					<button type="button" class="secondary" aria-label="${this.t('ask-manager.forget')}: ${entry.subject || this.t('ask-manager.key.label')}"
						@click=${() => this.#forget(entry.key)}>${this.t('ask-manager.forget')}</button>
				</li>`)}</ul>` : nothing}
		</form>`);
	}

	#openByKey(event) {
		event.preventDefault();
		const key = this.keyInput.trim();
		if (!key) {
			this.keyErrors = [{ message: this.t('question.error.empty', { field: this.t('ask-manager.key.label') }) }];
			this.focusAfterUpdate('#key-input');
			return;
		}
		this.#openKey(key);
	}

	async #openKey(typed) {
		this.keyErrors = [];
		const key = keyToSend(typed);
		if (!/^[\x21-\x7e]+$/.test(key)) {
			// Keys are words (sent folded to ASCII) or, from before, URL-safe Base64; anything else cannot be one.
			this.keyErrors = [{ message: this.t('ask-manager.error.wrong-key') }];
			this.focusAfterUpdate('#key-input');
			return;
		}
		try {
			const question = await this.api.send('GET', 'questions/follow-up', { headers: { [FOLLOW_UP_HEADER]: key } });
			this.keyInput = '';
			this.#show({ question, key });
		} catch (error) {
			this.keyErrors = problemErrors(this, error, { notFoundKey: 'ask-manager.error.wrong-key' });
			this.focusAfterUpdate('#key-input');
		}
	}

	#forget(key) {
		storeKeys(rememberedKeys().filter((entry) => entry.key !== key));
		this.saved = rememberedKeys();
		this.announcement = this.t('ask-manager.key.forgotten');
		this.focusAfterUpdate('#key-input');
	}

	// One question in full

	async #open(id) {
		this.listErrors = [];
		try {
			this.#show({ question: await this.api.get(`questions/${id}`) });
		} catch (error) {
			this.listErrors = problemErrors(this, error);
		}
	}

	#show(opened) {
		this.opened = opened;
		this.threadErrors = [];
		this.reply = '';
		this.announcement = '';
		this.focusAfterUpdate('#thread-heading');
	}

	#renderOpened() {
		const { question } = this.opened;
		const { permissions = {} } = question;
		const actions = html`${renderErrors(this, this.threadErrors, 'thread-errors')}
			${permissions.answer ? html`<form part="reply-form" novalidate @submit=${this.#sendReply}>
				<div class="field">
					<label for="reply">${this.t('ask-manager.reply')}</label>
					<textarea id="reply" part="reply-input" rows="4" maxlength="4000" .value=${this.reply}
						@input=${(event) => { this.reply = event.target.value; }}></textarea>
				</div>
				<div class="actions"><button type="submit" part="reply-button">${this.t('ask-manager.send-reply')}</button></div>
			</form>` : nothing}
			<div class="actions">
				${permissions.close ? html`<button type="button" class="secondary" part="close-button" @click=${this.#close}>${this.t('question.close')}</button>` : nothing}
				<button type="button" class="secondary" part="back-button" @click=${this.#back}>${this.t('question.back')}</button>
			</div>`;
		return renderThread(this, question, { level: this.#level + 1, actions });
	}

	#headers() {
		return this.opened?.key ? { [FOLLOW_UP_HEADER]: keyToSend(this.opened.key) } : {};
	}

	async #sendReply(event) {
		event.preventDefault();
		if (!this.reply.trim()) {
			this.threadErrors = [{ field: 'body', message: this.t('question.error.empty', { field: this.t('ask-manager.reply') }) }];
			this.focusAfterUpdate('#reply');
			return;
		}
		await this.#act(`questions/${this.opened.question.id}/answers`, { body: this.reply.trim() }, 'ask-manager.replied', 'bk-question-replied');
		if (!this.threadErrors.length) this.reply = '';
	}

	#close() {
		return this.#act(`questions/${this.opened.question.id}/closure`, undefined, 'question.closed', 'bk-question-closed');
	}

	async #act(path, body, doneKey, eventType) {
		this.threadErrors = [];
		try {
			const question = await this.api.send('POST', path, { body, headers: this.#headers() });
			this.opened = { ...this.opened, question };
			this.announcement = this.t(doneKey);
			this.emit(eventType, { id: question.id });
			this.#updateSummary(question);
		} catch (error) {
			this.threadErrors = problemErrors(this, error);
			this.focusAfterUpdate(this.renderRoot.querySelector('#reply') ? '#reply' : '[part~="back-button"]');
		}
	}

	#updateSummary(question) {
		if (this.state.status !== 'loaded') return;
		const update = (items) => items.map((item) => (item.id === question.id
			? { ...item, state: question.state, overdue: question.overdue, messageCount: question.messages?.length ?? item.messageCount }
			: item));
		const { data } = this.state;
		this.state = { status: 'loaded', data: { ...data, mine: update(data.mine), unit: update(data.unit) } };
	}

	#back() {
		this.opened = null;
		this.threadErrors = [];
		this.announcement = '';
		this.focusAfterUpdate('#heading');
	}

}
