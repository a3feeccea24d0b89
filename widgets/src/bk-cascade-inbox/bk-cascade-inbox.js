/**
 * `<bk-cascade-inbox>` is a manager's budkavlar to pass on (`GET /api/v1/cascades?box=relay`): each with the units the
 * manager passes it on for (their own, units without a manager they carry, and overdue units below, marked as passed
 * on in the missing manager's place). Opening one records the open (`POST …/opens`) and shows the toolkit: the core
 * message, what changes and what does not, what to say, likely questions with answers, what is left to the manager,
 * what not to speculate about and the question for the team. From there the manager passes it on by publishing a
 * local post (a normal news post via `POST /api/v1/posts`, prefilled from the core message with their local context,
 * then `POST …/relays` kind POST with its id), by recording a workplace meeting (kind MEETING) or by downloading the
 * meeting sheet (`…/sheet`, which the hub records as a print); managers may ask the sender a question that every
 * manager in the budkavle sees. It follows `cascade:{id}` for each budkavle shown and reads again on its events.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { formatDateTime } from '../shared/date-format.js';
import { Throttle, follow, liveEnabled } from '../shared/live-follow.js';
import { heading } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { cascadeErrors, cascadeStyles, renderCascadeErrors, stateBadge } from '../shared/cascade.js';
import { downloadFile } from '../shared/download.js';
import { safeFragment } from '../bk-post/safe-html.js';
import { styles } from './bk-cascade-inbox.styles.js';

/** Today in Swedish local time, as a date input wants it (`2026-12-05`). */
function today() {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

function emptyRelay(toolkit) {
	return {
		unitId: toolkit.units?.[0]?.unitId ?? '',
		post: { title: toolkit.title ?? '', context: '', body: toolkit.message ?? '', acknowledgement: false },
		meeting: { date: today(), participants: '', questions: '', feedback: '' },
	};
}

export class BkCascadeInbox extends BkElement {
	static elementName = 'bk-cascade-inbox';
	static styles = [sharedStyles, cascadeStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		live: { type: String },
		opened: { state: true },
		relay: { state: true },
		errors: { state: true },
		busy: { state: true },
		announcement: { state: true },
		question: { state: true },
	};

	#topics = new Map();
	#messageHtml;
	#messageContainer;
	/** A post published for a unit whose relay then failed: passing on again relays it instead of posting twice. */
	#published = new Map();
	#liveReload = new Throttle(() => this.#reloadLive(), () => this.liveInterval);

	constructor() {
		super();
		/** Level of the element's heading (1–5), default 2; each budkavle's title is one level below. */
		this.headingLevel = 2;
		/** `off` turns live updates off; otherwise the element follows `cascade:{id}` for each budkavle shown. */
		this.live = '';
		/** Least time in milliseconds between two reloads caused by live events. */
		this.liveInterval = 1000;
		/** @type {{toolkit: any, questions: any[]} | null} */
		this.opened = null;
		this.relay = null;
		/** @type {{form?: string, field?: string, message: string}[]} */
		this.errors = [];
		this.busy = '';
		this.announcement = '';
		this.question = '';
	}

	fetchData(api, signal) {
		return api.get('cascades?box=relay', { signal });
	}

	/** Reads the list again; a budkavle open closes (another person may be signed in now). */
	refresh() {
		this.opened = null;
		this.relay = null;
		this.errors = [];
		this.announcement = '';
		return super.refresh();
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		for (const unfollow of this.#topics.values()) unfollow?.();
		this.#topics.clear();
		this.#liveReload.cancel();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('hub') && this.hasUpdated) this.#unfollowAll();
	}

	// Live updates

	#unfollowAll() {
		for (const unfollow of this.#topics.values()) unfollow?.();
		this.#topics.clear();
	}

	/** Follows `cascade:{id}` for every budkavle listed or open, and stops following the rest. */
	#followShown() {
		const wanted = new Set();
		if (this.isConnected && liveEnabled(this.live)) {
			for (const item of this.state.data?.items ?? []) wanted.add(item.id);
			if (this.opened) wanted.add(this.opened.toolkit.id);
		}
		for (const [id, unfollow] of this.#topics) {
			if (!wanted.has(id)) {
				unfollow?.();
				this.#topics.delete(id);
			}
		}
		for (const id of wanted) {
			if (this.#topics.has(id)) continue;
			this.#topics.set(id, follow(this, `cascade:${id}`, (frame) => {
				if (String(frame?.event ?? '').startsWith('cascade.')) this.#liveReload.trigger();
			}));
		}
	}

	/** Reads the list, and the budkavle open, again without a loading state; failures stay quiet. */
	async #reloadLive() {
		if (this.state.status !== 'loaded' || !this.isConnected) return;
		const api = this.api;
		try {
			const list = await api.get('cascades?box=relay');
			if (this.state.status === 'loaded') this.state = { status: 'loaded', data: list };
			await this.#reloadOpened(api);
		} catch {
			// What is shown stays valid; the next event or a reload tries again.
		}
	}

	async #reloadOpened(api = this.api) {
		const id = this.opened?.toolkit.id;
		if (!id) return;
		const [toolkit, questions] = await Promise.all([api.get(`cascades/${id}`), this.#questions(api, id)]);
		if (this.opened?.toolkit.id === id) this.opened = { toolkit, questions };
	}

	/** The managers' questions to the sender, or null when they cannot be read (the toolkit is shown without them). */
	async #questions(api, id) {
		try {
			return (await api.get(`cascades/${id}/questions`))?.items ?? [];
		} catch {
			return null;
		}
	}

	updated(changed) {
		super.updated(changed);
		if (changed.has('state') || changed.has('opened') || changed.has('live')) this.#followShown();
		this.#fillMessage();
	}

	/** Puts the core message's HTML (sanitised by the hub, and again here) into its container. */
	#fillMessage() {
		const container = this.renderRoot.querySelector('.message');
		const markup = this.opened?.toolkit.messageHtml ?? '';
		if (!container || (container === this.#messageContainer && markup === this.#messageHtml)) return;
		this.#messageContainer = container;
		this.#messageHtml = markup;
		container.replaceChildren(safeFragment(markup, this.ownerDocument));
	}

	// Rendering

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('cascade-inbox.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('cascade-inbox.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.state.status === 'loaded' ? (this.opened ? this.#renderToolkit() : this.#renderList()) : nothing}
		</section>`;
	}

	#renderList() {
		const items = this.state.data?.items ?? [];
		return html`${renderCascadeErrors(this.#errorsOf('list'), 'list-errors')}
			<p class="summary" part="summary">${this.t('cascade-inbox.summary', { count: items.length })}</p>
			${items.length
				? html`<ul class="list" part="list">${items.map((item) => this.#renderItem(item))}</ul>`
				: html`<p class="empty" part="empty">${this.t('cascade-inbox.empty')}</p>`}`;
	}

	#renderItem(item) {
		return html`<li class="item" part="item" data-cascade-id=${item.id}>
			${heading(this.#level + 1, { cls: 'item-title', part: 'item-title' }, item.title)}
			<p class="meta">${this.t('cascade.sent-by', { sender: item.sender?.name ?? '', time: formatDateTime(item.sentAt, this.language) })}</p>
			${this.#renderUnits(item.units ?? [])}
			<div class="actions">
				<button type="button" part="open-button" aria-label=${this.t('cascade-inbox.open-named', { title: item.title })}
					@click=${() => this.#open(item.id)}>${this.t('cascade-inbox.open')}</button>
			</div>
		</li>`;
	}

	#renderUnits(units) {
		if (units.length === 0) return nothing;
		return html`<ul class="units" part="units">${units.map((unit) => html`<li class="unit" part="unit">
			<span class="unit-name">${unit.name}</span>
			${stateBadge(this, unit.state)}
			${unit.deadline ? html`<span class="meta">${this.t('cascade.deadline', { date: formatDateTime(unit.deadline, this.language) })}</span>` : nothing}
			${unit.onBehalf ? html`<span class="on-behalf" part="on-behalf">${this.t('cascade.on-behalf')}</span>` : nothing}
		</li>`)}</ul>`;
	}

	#renderToolkit() {
		const { toolkit } = this.opened;
		const level = this.#level + 1;
		const section = (key, content) => (content ? html`<section class="part" part="toolkit-part">
			${heading(level + 1, { cls: 'subheading', part: 'subheading' }, this.t(`cascade.toolkit.${key}`))}${content}</section>` : nothing);
		const text = (value) => (value?.trim() ? html`<p class="text">${value}</p>` : undefined);
		const points = toolkit.talkingPoints?.filter((point) => point?.trim()) ?? [];
		const questions = toolkit.questions?.filter((entry) => entry?.question?.trim()) ?? [];
		return html`<article class="toolkit" part="toolkit" aria-labelledby="toolkit-heading">
			${heading(level, { id: 'toolkit-heading', cls: 'section-heading', part: 'toolkit-heading', focusable: true }, toolkit.title)}
			<p class="meta">${this.t('cascade.sent-by', { sender: toolkit.sender?.name ?? '', time: formatDateTime(toolkit.sentAt, this.language) })}</p>
			${this.#renderUnits(toolkit.units ?? [])}
			${section('message', html`<div class="message" part="message"></div>`)}
			${section('changes', text(toolkit.changes))}
			${section('unchanged', text(toolkit.unchanged))}
			${section('talking-points', points.length ? html`<ul class="points" part="talking-points">${points.map((point) => html`<li>${point}</li>`)}</ul>` : undefined)}
			${section('questions', questions.length ? html`<dl class="qa" part="questions">${questions.map((entry) => html`<dt>${entry.question}</dt><dd>${entry.answer}</dd>`)}</dl>` : undefined)}
			${section('local-judgement', text(toolkit.localJudgement))}
			${section('do-not-say', text(toolkit.doNotSay))}
			${section('feedback-question', text(toolkit.feedbackQuestion))}
			${this.#renderRelay(level + 1, toolkit)}
			${this.#renderQuestions(level + 1)}
			<div class="actions">
				<button type="button" class="secondary" part="back-button" @click=${this.#back}>${this.t('cascade-inbox.back')}</button>
			</div>
		</article>`;
	}

	#renderRelay(level, toolkit) {
		const units = toolkit.units ?? [];
		if (units.length === 0 || !this.relay) return nothing;
		const unit = units.find((candidate) => candidate.unitId === this.relay.unitId) ?? units[0];
		return html`<section class="relay" part="relay" aria-labelledby="relay-heading">
			${heading(level, { id: 'relay-heading', cls: 'section-heading', part: 'relay-heading' }, this.t('cascade-inbox.relay'))}
			<p class="hint">${this.t('cascade-inbox.relay-hint')}</p>
			${units.length > 1 ? html`<fieldset class="unit-choice" part="unit-choice">
				<legend>${this.t('cascade-inbox.relay-unit')}</legend>
				${units.map((candidate) => html`<div class="check">
					<input type="radio" name="relay-unit" id="relay-unit-${candidate.unitId}" .checked=${candidate.unitId === unit.unitId}
						@change=${() => { this.relay = { ...this.relay, unitId: candidate.unitId }; }}>
					<label for="relay-unit-${candidate.unitId}">${candidate.name}${candidate.onBehalf ? ` – ${this.t('cascade.on-behalf')}` : ''}</label>
				</div>`)}
			</fieldset>` : html`<p part="relay-unit">${this.t('cascade-inbox.relay-for', { unit: unit.name })}${unit.onBehalf
				? html` <span class="on-behalf">– ${this.t('cascade.on-behalf')}</span>` : nothing}</p>`}
			${this.#renderPostForm(level + 1)}
			${this.#renderMeetingForm(level + 1, toolkit)}
			${this.#renderSheet(level + 1)}
		</section>`;
	}

	#errorsOf(form) {
		return this.errors.filter((error) => error.form === form);
	}

	#field(form, field, label, control, { hint } = {}) {
		const message = this.#errorsOf(form).filter((error) => error.field === field).map((error) => error.message).join(' ');
		const id = `${form}-${field}`;
		return html`<div class="field">
			<label for=${id}>${label}</label>
			${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
			${message ? html`<p class="field-error" id="${id}-error" part="field-error">${message}</p>` : nothing}
			${control({ id, invalid: message ? 'true' : 'false', describedBy: [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing })}
		</div>`;
	}

	#renderPostForm(level) {
		const { post } = this.relay;
		const set = (key, value) => { this.relay = { ...this.relay, post: { ...this.relay.post, [key]: value } }; };
		return html`<form class="relay-form" part="post-form" novalidate aria-labelledby="post-heading" @submit=${this.#relayWithPost}>
			${heading(level, { id: 'post-heading', cls: 'subheading', part: 'subheading' }, this.t('cascade-inbox.post'))}
			${renderCascadeErrors(this.#errorsOf('post'), 'post-errors')}
			${this.#field('post', 'title', this.t('cascade-inbox.post-title'), ({ id, invalid, describedBy }) => html`<input type="text" id=${id}
				part="post-title" maxlength="200" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${post.title}
				@input=${(event) => set('title', event.target.value)}>`)}
			${this.#field('post', 'context', this.t('cascade-inbox.post-context'), ({ id, invalid, describedBy }) => html`<textarea id=${id}
				part="post-context" rows="4" maxlength="4000" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${post.context}
				@input=${(event) => set('context', event.target.value)}></textarea>`, { hint: this.t('cascade-inbox.post-context-hint') })}
			${this.#field('post', 'body', this.t('cascade-inbox.post-body'), ({ id, invalid, describedBy }) => html`<textarea id=${id}
				part="post-body" rows="8" maxlength="20000" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${post.body}
				@input=${(event) => set('body', event.target.value)}></textarea>`, { hint: this.t('cascade-inbox.post-body-hint') })}
			<div class="check">
				<input type="checkbox" id="post-acknowledgement" part="post-acknowledgement" .checked=${post.acknowledgement}
					@change=${(event) => set('acknowledgement', event.target.checked)}>
				<label for="post-acknowledgement">${this.t('cascade-inbox.post-acknowledgement')}</label>
			</div>
			<div class="actions"><button type="submit" part="post-button" aria-disabled=${this.busy ? 'true' : 'false'}>${this.t('cascade-inbox.post-send')}</button></div>
		</form>`;
	}

	#renderMeetingForm(level, toolkit) {
		const { meeting } = this.relay;
		const set = (key, value) => { this.relay = { ...this.relay, meeting: { ...this.relay.meeting, [key]: value } }; };
		const feedbackLabel = toolkit.feedbackQuestion?.trim()
			? this.t('cascade-inbox.meeting-feedback-to', { question: toolkit.feedbackQuestion.trim() })
			: this.t('cascade-inbox.meeting-feedback');
		return html`<form class="relay-form" part="meeting-form" novalidate aria-labelledby="meeting-heading" @submit=${this.#relayWithMeeting}>
			${heading(level, { id: 'meeting-heading', cls: 'subheading', part: 'subheading' }, this.t('cascade-inbox.meeting'))}
			${renderCascadeErrors(this.#errorsOf('meeting'), 'meeting-errors')}
			${this.#field('meeting', 'date', this.t('cascade-inbox.meeting-date'), ({ id, invalid, describedBy }) => html`<input type="date" id=${id}
				part="meeting-date" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${meeting.date}
				@input=${(event) => set('date', event.target.value)}>`)}
			${this.#field('meeting', 'participants', this.t('cascade-inbox.meeting-participants'), ({ id, invalid, describedBy }) => html`<input
				type="number" inputmode="numeric" min="1" max="10000" id=${id} part="meeting-participants" aria-invalid=${invalid}
				aria-describedby=${describedBy} .value=${meeting.participants} @input=${(event) => set('participants', event.target.value)}>`)}
			${this.#field('meeting', 'questions', this.t('cascade-inbox.meeting-questions'), ({ id, invalid, describedBy }) => html`<textarea id=${id}
				part="meeting-questions" rows="4" maxlength="4000" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${meeting.questions}
				@input=${(event) => set('questions', event.target.value)}></textarea>`)}
			${this.#field('meeting', 'feedback', feedbackLabel, ({ id, invalid, describedBy }) => html`<textarea id=${id}
				part="meeting-feedback" rows="4" maxlength="4000" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${meeting.feedback}
				@input=${(event) => set('feedback', event.target.value)}></textarea>`)}
			<div class="actions"><button type="submit" part="meeting-button" aria-disabled=${this.busy ? 'true' : 'false'}>${this.t('cascade-inbox.meeting-send')}</button></div>
		</form>`;
	}

	#renderSheet(level) {
		return html`<div class="relay-form" part="sheet">
			${heading(level, { cls: 'subheading', part: 'subheading' }, this.t('cascade-inbox.sheet'))}
			<p class="hint">${this.t('cascade-inbox.sheet-hint')}</p>
			${renderCascadeErrors(this.#errorsOf('sheet'), 'sheet-errors')}
			<div class="actions"><button type="button" class="secondary" part="sheet-button" aria-disabled=${this.busy ? 'true' : 'false'}
				@click=${this.#downloadSheet}>${this.t('cascade-inbox.sheet-download')}</button></div>
		</div>`;
	}

	#renderQuestions(level) {
		const { questions } = this.opened;
		if (questions === null) return nothing;
		return html`<section class="thread" part="thread" aria-labelledby="thread-heading">
			${heading(level, { id: 'thread-heading', cls: 'section-heading', part: 'thread-heading' }, this.t('cascade-inbox.thread'))}
			<p class="hint">${this.t('cascade-inbox.thread-hint')}</p>
			${questions.length ? html`<ul class="list" part="thread-list">${questions.map((entry) => html`<li class="item" part="thread-item">
				<p class="meta">${this.t('cascade-inbox.asked-by', { name: entry.author?.name ?? '', time: formatDateTime(entry.at, this.language) })}</p>
				<p class="text">${entry.body}</p>
				${entry.answer ? html`<p class="meta">${this.t('cascade-inbox.answered-by', { name: entry.answer.author?.name ?? '', time: formatDateTime(entry.answer.at, this.language) })}</p>
					<p class="text answer">${entry.answer.body}</p>` : html`<p class="meta">${this.t('cascade-inbox.unanswered')}</p>`}
			</li>`)}</ul>` : html`<p class="empty" part="thread-empty">${this.t('cascade-inbox.thread-empty')}</p>`}
			<form novalidate part="ask-form" @submit=${this.#ask}>
				${renderCascadeErrors(this.#errorsOf('ask'), 'ask-errors')}
				${this.#field('ask', 'body', this.t('cascade-inbox.ask'), ({ id, invalid, describedBy }) => html`<textarea id=${id}
					part="ask-input" rows="3" maxlength="4000" aria-invalid=${invalid} aria-describedby=${describedBy} .value=${this.question}
					@input=${(event) => { this.question = event.target.value; }}></textarea>`)}
				<div class="actions"><button type="submit" class="secondary" part="ask-button">${this.t('cascade-inbox.ask-send')}</button></div>
			</form>
		</section>`;
	}

	// Actions

	async #open(id) {
		this.errors = [];
		this.announcement = '';
		const api = this.api;
		try {
			const [toolkit, questions] = await Promise.all([api.get(`cascades/${id}`), this.#questions(api, id)]);
			this.opened = { toolkit, questions };
			this.relay = emptyRelay(toolkit);
			this.question = '';
			this.focusAfterUpdate('#toolkit-heading');
		} catch (error) {
			this.errors = cascadeErrors(this, error).map((entry) => ({ ...entry, form: 'list' }));
			return;
		}
		try {
			await api.send('POST', `cascades/${id}/opens`);
			await this.#reloadOpened(api);
		} catch {
			// Recording the open is the hub's business; the toolkit is shown either way.
		}
	}

	#back() {
		const id = this.opened?.toolkit.id;
		this.opened = null;
		this.relay = null;
		this.errors = [];
		this.announcement = '';
		this.focusAfterUpdate(`[data-cascade-id="${CSS.escape(id ?? '')}"] [part~="open-button"]`);
	}

	#unitName(unitId) {
		return this.opened?.toolkit.units?.find((unit) => unit.unitId === unitId)?.name ?? '';
	}

	/** Runs one action for `form`: its errors, the busy flag, the announcement and a fresh read afterwards. */
	async #act(form, action) {
		if (this.busy) return false;
		this.busy = form;
		this.errors = [];
		this.announcement = '';
		try {
			this.announcement = await action(this.api);
			await this.#reloadOpened().catch(() => {});
			this.api.get('cascades?box=relay').then((list) => {
				if (this.state.status === 'loaded') this.state = { status: 'loaded', data: list };
			}, () => {});
			return true;
		} catch (error) {
			this.errors = cascadeErrors(this, error, { forbiddenKey: 'cascade-inbox.error.forbidden' }).map((entry) => ({ ...entry, form }));
			const field = this.errors.find((entry) => entry.field)?.field;
			if (field && this.renderRoot.querySelector(`#${form}-${field}`)) this.focusAfterUpdate(`#${form}-${field}`);
			return false;
		} finally {
			this.busy = '';
		}
	}

	async #relayWithPost(event) {
		event.preventDefault();
		const { id } = this.opened.toolkit;
		const { unitId, post } = this.relay;
		const missing = [];
		if (!post.title.trim()) missing.push({ form: 'post', field: 'title', message: this.t('cascade-inbox.error.title') });
		if (!post.body.trim()) missing.push({ form: 'post', field: 'body', message: this.t('cascade-inbox.error.body') });
		if (missing.length) {
			this.errors = missing;
			this.focusAfterUpdate(`#post-${missing[0].field}`);
			return;
		}
		const done = await this.#act('post', async (api) => {
			let postId = this.#published.get(`${id}|${unitId}`);
			if (!postId) {
				const context = post.context.trim();
				const created = await api.send('POST', 'posts', { body: {
					title: post.title.trim(),
					body: context ? `${context}\n\n${post.body}` : post.body,
					priority: 'NORMAL',
					language: this.language,
					commentsEnabled: true,
					publishAt: null,
					expiresAt: null,
					targets: [{ unitId, includeSubunits: false }],
					acknowledgement: { required: post.acknowledgement, deadline: null },
				} });
				postId = created?.id;
				this.#published.set(`${id}|${unitId}`, postId);
				this.emit('bk-post-published', { id: postId, status: created?.status });
			}
			await api.send('POST', `cascades/${id}/relays`, { body: { unitId, kind: 'POST', postId } });
			this.#published.delete(`${id}|${unitId}`);
			this.emit('bk-cascade-relayed', { id, unitId, kind: 'POST', postId });
			return this.t('cascade-inbox.relayed-post', { unit: this.#unitName(unitId) });
		});
		if (done) this.relay = { ...this.relay, post: { ...emptyRelay(this.opened.toolkit).post } };
	}

	async #relayWithMeeting(event) {
		event.preventDefault();
		const { id } = this.opened.toolkit;
		const { unitId, meeting } = this.relay;
		const participants = Number.parseInt(meeting.participants, 10);
		const missing = [];
		if (!meeting.date) missing.push({ form: 'meeting', field: 'date', message: this.t('cascade-inbox.error.date') });
		if (!(participants >= 1)) missing.push({ form: 'meeting', field: 'participants', message: this.t('cascade-inbox.error.participants') });
		if (missing.length) {
			this.errors = missing;
			this.focusAfterUpdate(`#meeting-${missing[0].field}`);
			return;
		}
		const done = await this.#act('meeting', async (api) => {
			await api.send('POST', `cascades/${id}/relays`, { body: { unitId, kind: 'MEETING', meeting: {
				date: meeting.date, participants, questions: meeting.questions.trim(), feedback: meeting.feedback.trim(),
			} } });
			this.emit('bk-cascade-relayed', { id, unitId, kind: 'MEETING' });
			return this.t('cascade-inbox.relayed-meeting', { unit: this.#unitName(unitId), count: participants });
		});
		if (done) this.relay = { ...this.relay, meeting: { ...emptyRelay(this.opened.toolkit).meeting } };
	}

	#downloadSheet() {
		const { id } = this.opened.toolkit;
		const { unitId } = this.relay;
		return this.#act('sheet', async () => {
			const name = await downloadFile(this, `cascades/${id}/sheet?${new URLSearchParams({ unitId })}`, 'application/pdf',
				this.t('cascade-inbox.sheet-file'));
			return this.t('cascade-inbox.sheet-done', { name });
		});
	}

	async #ask(event) {
		event.preventDefault();
		const body = this.question.trim();
		if (!body) {
			this.errors = [{ form: 'ask', field: 'body', message: this.t('cascade-inbox.error.question') }];
			this.focusAfterUpdate('#ask-body');
			return;
		}
		const { id } = this.opened.toolkit;
		const done = await this.#act('ask', async (api) => {
			await api.send('POST', `cascades/${id}/questions`, { body: { body } });
			return this.t('cascade-inbox.asked');
		});
		if (done) this.question = '';
	}
}
