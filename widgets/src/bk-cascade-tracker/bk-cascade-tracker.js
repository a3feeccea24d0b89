/**
 * `<bk-cascade-tracker cascade="…">` shows where a budkavle has got to (`GET /api/v1/cascades/{id}/tracker?unitId=`):
 * the units as a tree opened and closed with disclosure buttons, each unit's state in words with an icon (not opened,
 * opened, passed on and how, discussed at a workplace meeting, overdue), who is its manager or who carries it, the
 * count of each state below it, the time from the sender to each level (median), the reach of the local posts (only
 * for groups of at least five) and the feedback that came back up. The tracker downloads as CSV
 * (`…/tracker.csv`). Without a `cascade` it offers the viewer's budkavlar (sent and to pass on) to choose from. It
 * follows `cascade:{id}` and reads again on its events.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { formatDate, formatDateTime } from '../shared/date-format.js';
import { Throttle, follow, liveEnabled } from '../shared/live-follow.js';
import { heading } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { CASCADE_STATES, cascadeErrors, cascadeStyles, renderCascadeErrors, stateBadge } from '../shared/cascade.js';
import { downloadFile } from '../shared/download.js';
import { styles } from './bk-cascade-tracker.styles.js';

const ROLLUP_KEYS = { NOT_OPENED: 'notOpened', OPENED: 'opened', RELAYED: 'relayed', DISCUSSED: 'discussed', OVERDUE: 'overdue' };

export class BkCascadeTracker extends BkElement {
	static elementName = 'bk-cascade-tracker';
	static styles = [sharedStyles, cascadeStyles, styles];
	static properties = {
		cascade: { type: String },
		unit: { type: String },
		headingLevel: { type: Number, attribute: 'heading-level' },
		live: { type: String },
		expanded: { state: true },
		announcement: { state: true },
		errors: { state: true },
		answerErrors: { state: true },
	};

	#picked = '';
	#choices;
	#following;
	#unfollow;
	#liveReload = new Throttle(() => this.#reloadLive(), () => this.liveInterval);

	constructor() {
		super();
		/** The budkavle's id; empty to choose among the viewer's own. */
		this.cascade = '';
		/** The unit at the top of the tree (its id); empty for the top the viewer may see. */
		this.unit = '';
		/** Level of the element's heading (1–5), default 2; the sections are one level below. */
		this.headingLevel = 2;
		/** `off` turns live updates off; otherwise the element follows `cascade:{id}`. */
		this.live = '';
		/** Least time in milliseconds between two reloads caused by live events. */
		this.liveInterval = 1000;
		/** Units whose children are shown; the top unit's are shown until it is closed. */
		this.expanded = new Set();
		this.announcement = '';
		this.errors = [];
		/** @type {{message: string}[]} */
		this.answerErrors = [];
	}

	get #current() {
		return this.cascade || this.#picked;
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	#trackerPath(id, file = 'tracker') {
		return `cascades/${encodeURIComponent(id)}/${file}${this.unit ? `?${new URLSearchParams({ unitId: this.unit })}` : ''}`;
	}

	async fetchData(api, signal) {
		const id = this.#current;
		if (id) {
			const [tracker, thread] = await Promise.all([api.get(this.#trackerPath(id), { signal }), this.#thread(api, id, signal)]);
			return { tracker, thread, choices: this.#choices };
		}
		const [sent, relay] = await Promise.all([api.get('cascades?box=sent', { signal }), api.get('cascades?box=relay', { signal })]);
		const choices = [...new Map([...(sent?.items ?? []), ...(relay?.items ?? [])].map((item) => [item.id, item])).values()];
		this.#choices = choices;
		if (choices.length !== 1) return { choices };
		this.#picked = choices[0].id;
		const [tracker, thread] = await Promise.all([api.get(this.#trackerPath(this.#picked), { signal }), this.#thread(api, this.#picked, signal)]);
		return { choices, tracker, thread };
	}

	/**
	 * The managers' questions to the sender, and whether the viewer is the sender (who answers them); null when they
	 * cannot be read, and the tracker is shown without them.
	 */
	async #thread(api, id, signal) {
		try {
			const [questions, toolkit, me] = await Promise.all([api.get(`cascades/${id}/questions`, { signal }),
				api.get(`cascades/${id}`, { signal }), api.get('me', { signal })]);
			return { questions: questions?.items ?? [], sender: Boolean(me?.id) && toolkit?.sender?.id === me.id };
		} catch (error) {
			if (error?.name === 'AbortError') throw error;
			return null;
		}
	}

	/** Reads again from the start: a budkavle picked is forgotten (another person may be signed in now). */
	refresh() {
		this.#picked = '';
		this.#choices = undefined;
		this.answerErrors = [];
		return super.refresh();
	}

	/** Reads the budkavle picked, or the choice again. */
	#reload() {
		return super.refresh();
	}

	connectedCallback() {
		super.connectedCallback();
		this.#follow();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#following = undefined;
		this.#liveReload.cancel();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if ((changed.has('cascade') || changed.has('unit')) && this.hasUpdated) {
			this.expanded = new Set();
			this.#reload();
		}
	}

	updated(changed) {
		super.updated(changed);
		this.#follow();
	}

	#follow() {
		const id = this.#current;
		const key = this.isConnected && id && liveEnabled(this.live) ? `${this.hub}|${id}` : undefined;
		if (key === this.#following) return;
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#following = key;
		this.#liveReload.cancel();
		if (key === undefined) return;
		this.#unfollow = follow(this, `cascade:${id}`, (frame) => {
			if (!String(frame?.event ?? '').startsWith('cascade.') || this.#current !== id) return;
			this.#liveReload.trigger();
		});
	}

	/** Reads the tracker again without a loading state, and says so; failures stay quiet (what is shown is still valid). */
	async #reloadLive() {
		const before = this.state;
		const id = this.#current;
		if (before.status !== 'loaded' || !before.data?.tracker || !id) return;
		let tracker;
		try {
			tracker = await this.api.get(this.#trackerPath(id));
		} catch {
			return;
		}
		if (this.state !== before) return;
		this.state = { status: 'loaded', data: { ...before.data, tracker } };
		this.announcement = this.t('cascade-tracker.live-update');
	}

	render() {
		const loading = this.state.status === 'loading';
		const tracker = this.state.status === 'loaded' ? this.state.data.tracker : undefined;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, tracker
				? this.t('cascade-tracker.heading-named', { title: tracker.title ?? '' }) : this.t('cascade-tracker.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('cascade-tracker.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.state.status === 'loaded' ? (tracker ? this.#renderTracker(tracker) : this.#renderChoices(this.state.data.choices ?? [])) : nothing}
		</section>`;
	}

	#renderChoices(choices) {
		if (choices.length === 0) return html`<p class="empty" part="empty">${this.t('cascade-tracker.none')}</p>`;
		return html`<p class="hint">${this.t('cascade-tracker.choose')}</p>
			<ul class="choices" part="choices">${choices.map((item) => html`<li>
				<button type="button" class="secondary choice" part="choice-button" data-cascade-id=${item.id}
					@click=${() => this.#pick(item.id)}>${item.title}</button>
				<span class="meta">${this.t('cascade.sent-by', { sender: item.sender?.name ?? '', time: formatDateTime(item.sentAt, this.language) })}</span>
			</li>`)}</ul>`;
	}

	#pick(id) {
		this.#picked = id;
		this.expanded = new Set();
		this.announcement = '';
		this.focusAfterUpdate('#heading');
		this.#reload();
	}

	#backToChoices() {
		const id = this.#picked;
		this.#picked = '';
		this.announcement = '';
		this.focusAfterUpdate(`[data-cascade-id="${CSS.escape(id)}"]`);
		this.#reload();
	}

	#renderTracker(tracker) {
		const level = this.#level + 1;
		const { root } = tracker;
		const choices = this.state.data.choices ?? [];
		return html`${!this.cascade && choices.length > 1 ? html`<div class="actions"><button type="button" class="secondary"
				part="choices-button" @click=${this.#backToChoices}>${this.t('cascade-tracker.other')}</button></div>` : nothing}
			${root ? this.#renderRollup(root.rollup) : nothing}
			${this.#renderLevels(level, tracker.levels ?? [])}
			${root ? this.#renderReach(root.reach) : nothing}
			<section class="part" part="tree-section" aria-labelledby="tree-heading">
				${heading(level, { id: 'tree-heading', cls: 'section-heading', part: 'section-heading' }, this.t('cascade-tracker.tree'))}
				<p class="hint" id="tree-hint">${this.t('cascade-tracker.tree-hint')}</p>
				${root ? html`<ul class="tree" part="tree" aria-describedby="tree-hint">${this.#renderNode(root, true)}</ul>` : nothing}
			</section>
			${this.#renderFeedback(level, tracker.feedback)}
			${this.#renderThread(level, this.state.data.thread)}
			<div class="export" part="export">
				${renderCascadeErrors(this.errors, 'export-errors')}
				<div class="actions"><button type="button" class="secondary" part="csv-button" @click=${this.#exportCsv}>${this.t('cascade-tracker.csv')}</button></div>
			</div>`;
	}

	#renderRollup(rollup) {
		if (!rollup) return nothing;
		return html`<div class="rollup" part="rollup">
			<p class="total">${this.t('cascade-tracker.units', { count: rollup.units ?? 0 })}</p>
			<ul class="rollup-list">${CASCADE_STATES.map((state) => html`<li part="rollup-item">
				${stateBadge(this, state)}: ${this.t('cascade-tracker.unit-count', { count: rollup[ROLLUP_KEYS[state]] ?? 0 })}</li>`)}</ul>
		</div>`;
	}

	#hours(value) {
		if (value == null) return this.t('cascade-tracker.no-median');
		const count = new Intl.NumberFormat(this.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 }).format(value);
		return this.t('cascade-tracker.hours', { count });
	}

	#renderLevels(level, levels) {
		if (levels.length === 0) return nothing;
		return html`<section class="part" part="levels" aria-labelledby="levels-heading">
			${heading(level, { id: 'levels-heading', cls: 'section-heading', part: 'section-heading' }, this.t('cascade-tracker.levels'))}
			<table class="levels">
				<thead><tr><th scope="col">${this.t('cascade-tracker.level')}</th><th scope="col">${this.t('cascade-tracker.level-units')}</th>
					<th scope="col">${this.t('cascade-tracker.median')}</th></tr></thead>
				<tbody>${levels.map((row) => html`<tr part="level-row">
					<th scope="row">${this.t('cascade-tracker.level-n', { level: row.level })}</th>
					<td>${row.units ?? 0}</td>
					<td>${this.#hours(row.medianHours)}</td>
				</tr>`)}</tbody>
			</table>
		</section>`;
	}

	#reachText(reach) {
		if (!reach) return this.t('cascade-tracker.reach-hidden');
		const figures = { read: reach.read ?? 0, audience: reach.audience ?? 0, acknowledged: reach.acknowledged };
		return this.t(reach.acknowledged == null ? 'cascade-tracker.reach-read' : 'cascade-tracker.reach', figures);
	}

	#renderReach(reach) {
		return html`<p class="reach" part="reach"><span class="label">${this.t('cascade-tracker.reach-label')}</span> ${this.#reachText(reach)}</p>`;
	}

	/** The top unit starts open, so its entry in `expanded` means closed; every other unit's means open. */
	#isOpen(node, top) {
		return this.expanded.has(node.unitId) !== top;
	}

	#toggle(node) {
		const expanded = new Set(this.expanded);
		if (expanded.has(node.unitId)) expanded.delete(node.unitId);
		else expanded.add(node.unitId);
		this.expanded = expanded;
		this.announcement = '';
		this.focusAfterUpdate(`[data-unit-id="${CSS.escape(node.unitId)}"]`);
	}

	#renderNode(node, top = false) {
		const children = node.children ?? [];
		const open = children.length > 0 && this.#isOpen(node, top);
		const childrenId = `children-${node.unitId}`;
		return html`<li class="node" part="node">
			<div class="row" part="node-row">
				${children.length ? html`<button type="button" class="disclosure" part="disclosure" data-unit-id=${node.unitId}
					aria-expanded=${open ? 'true' : 'false'} aria-controls=${childrenId} @click=${() => this.#toggle(node)}><span
					class="chevron" aria-hidden="true">${open ? '▾' : '▸'}</span> <span class="unit-name">${node.name}</span><span
					class="visually-hidden"> – ${this.t('cascade-tracker.subunits', { count: children.length })}</span></button>`
					: html`<span class="unit-name leaf" part="leaf">${node.name}</span>`}
				${stateBadge(this, node.state)}
				<p class="meta">${this.#responsible(node)}</p>
				${this.#relays(node)}
				${node.deadline && node.state !== 'RELAYED' && node.state !== 'DISCUSSED'
					? html`<p class="meta">${this.t('cascade.deadline', { date: formatDateTime(node.deadline, this.language) })}</p>` : nothing}
				${children.length && node.rollup ? html`<p class="meta" part="node-rollup">${this.t('cascade-tracker.node-rollup', {
					done: (node.rollup.relayed ?? 0) + (node.rollup.discussed ?? 0), count: node.rollup.units ?? 0, overdue: node.rollup.overdue ?? 0 })}</p>` : nothing}
				${node.reach ? html`<p class="meta" part="node-reach">${this.t('cascade-tracker.reach-label')} ${this.#reachText(node.reach)}</p>` : nothing}
			</div>
			${children.length ? html`<ul class="children" id=${childrenId} ?hidden=${!open}>${open
				? children.map((child) => this.#renderNode(child)) : nothing}</ul>` : nothing}
		</li>`;
	}

	#responsible(node) {
		if (node.manager?.name) return this.t('cascade-tracker.manager', { name: node.manager.name });
		if (node.carriedBy?.name) return this.t('cascade-tracker.carried-by', { name: node.carriedBy.name });
		return this.t('cascade-tracker.no-manager');
	}

	#relays(node) {
		const relays = node.relays ?? [];
		if (relays.length === 0) return nothing;
		return html`<ul class="relays" part="relays">${relays.map((relay) => html`<li>${this.t(`cascade-tracker.relay.${relay.kind}`, {
			time: formatDateTime(relay.at, this.language) })}${relay.onBehalf ? html` <span class="on-behalf" part="on-behalf">– ${this.t('cascade.on-behalf-done')}</span>` : nothing}</li>`)}</ul>`;
	}

	#renderFeedback(level, feedback) {
		const answers = feedback?.answers ?? [];
		return html`<section class="part" part="feedback" aria-labelledby="feedback-heading">
			${heading(level, { id: 'feedback-heading', cls: 'section-heading', part: 'section-heading' }, this.t('cascade-tracker.feedback'))}
			${feedback ? html`<p>${this.t('cascade-tracker.meetings', { count: feedback.meetings ?? 0, participants: feedback.participants ?? 0 })}</p>` : nothing}
			${answers.length ? html`<ul class="answers" part="answers">${answers.map((answer) => html`<li class="answer" part="answer">
				${heading(level + 1, { cls: 'subheading', part: 'answer-unit' }, answer.unitName)}
				${answer.date ? html`<p class="meta">${this.t('cascade-tracker.meeting-date', { date: formatDate(answer.date, this.language) })}</p>` : nothing}
				${answer.questions ? html`<p><span class="label">${this.t('cascade-tracker.questions')}</span> <span class="text">${answer.questions}</span></p>` : nothing}
				${answer.feedback ? html`<p><span class="label">${this.t('cascade-tracker.team-feedback')}</span> <span class="text">${answer.feedback}</span></p>` : nothing}
			</li>`)}</ul>` : html`<p class="empty" part="no-feedback">${this.t('cascade-tracker.no-feedback')}</p>`}
		</section>`;
	}

	#renderThread(level, thread) {
		if (!thread) return nothing;
		return html`<section class="part" part="thread" aria-labelledby="thread-heading">
			${heading(level, { id: 'thread-heading', cls: 'section-heading', part: 'section-heading', focusable: true }, this.t('cascade-tracker.thread'))}
			${renderCascadeErrors(this.answerErrors ?? [], 'answer-errors')}
			${thread.questions.length ? html`<ul class="answers" part="thread-list">${thread.questions.map((entry) => html`<li class="answer" part="thread-item">
				<p class="meta">${this.t('cascade-inbox.asked-by', { name: entry.author?.name ?? '', time: formatDateTime(entry.at, this.language) })}</p>
				<p class="text">${entry.body}</p>
				${entry.answer ? html`<p class="meta">${this.t('cascade-inbox.answered-by', { name: entry.answer.author?.name ?? '', time: formatDateTime(entry.answer.at, this.language) })}</p>
					<p class="text">${entry.answer.body}</p>`
					: (thread.sender ? this.#renderAnswerForm(entry) : html`<p class="meta">${this.t('cascade-inbox.unanswered')}</p>`)}
			</li>`)}</ul>` : html`<p class="empty">${this.t('cascade-inbox.thread-empty')}</p>`}
		</section>`;
	}

	#renderAnswerForm(entry) {
		const id = `answer-${entry.id}`;
		return html`<form class="answer-form" part="answer-form" novalidate @submit=${(event) => this.#answer(event, entry)}>
			<label for=${id}>${this.t('cascade-tracker.answer')}</label>
			<textarea id=${id} part="answer-input" rows="3" maxlength="4000"></textarea>
			<div class="actions"><button type="submit" part="answer-button">${this.t('cascade-tracker.answer-send')}</button></div>
		</form>`;
	}

	async #answer(event, entry) {
		event.preventDefault();
		const input = event.target.querySelector('textarea');
		const body = input.value.trim();
		this.answerErrors = [];
		this.announcement = '';
		if (!body) {
			this.answerErrors = [{ message: this.t('cascade-tracker.error.answer') }];
			this.requestUpdate();
			input.focus();
			return;
		}
		const id = this.#current;
		const api = this.api;
		try {
			await api.send('POST', `cascades/${id}/questions/${encodeURIComponent(entry.id)}/answer`, { body: { body } });
			const thread = await this.#thread(api, id);
			if (this.state.status === 'loaded' && this.#current === id) this.state = { status: 'loaded', data: { ...this.state.data, thread } };
			this.announcement = this.t('cascade-tracker.answered');
			this.focusAfterUpdate('#thread-heading');
		} catch (error) {
			this.answerErrors = cascadeErrors(this, error);
			this.requestUpdate();
		}
	}

	async #exportCsv() {
		this.errors = [];
		this.announcement = '';
		try {
			const name = await downloadFile(this, this.#trackerPath(this.#current, 'tracker.csv'), 'text/csv', this.t('cascade-tracker.csv-file'));
			this.announcement = this.t('cascade-tracker.csv-done', { name });
		} catch (error) {
			this.errors = cascadeErrors(this, error);
		}
	}
}
