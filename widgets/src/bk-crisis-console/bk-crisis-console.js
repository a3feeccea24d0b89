/**
 * `<bk-crisis-console>` is for the crisis role and communicators: send a crisis message (`POST /api/v1/crises`),
 * optionally from a prepared template (see crisis-form.js; without the templates endpoint, 404 or 403, it works
 * without), as an exercise (”ÖVNING”) if wanted, to units offered by `GET /api/v1/posts/targets`; then follow it: the
 * roll call (a `<bk-roll-call whole>` inside), follow-ups (`…/updates`), the all-clear with a confirming step
 * (`…/all-clear`), and the log as CSV or PDF (`…/log?format=`). With `crisis` it opens on that crisis; otherwise it
 * lists the crises the viewer runs (`GET /api/v1/crises`, active first; see shared/crises-run.js), or, where that is refused,
 * the active crises the viewer got. Without `crisis`, opened from a link the hub sent (`?budkavle-crisis=<id>`, the
 * parameter named by `link-parameter`), it opens on that crisis when it is one the viewer runs (or got) and moves focus
 * to its heading.
 *
 * @attr link-parameter - the query parameter that names a linked crisis message (default `budkavle-crisis`)
 * @csspart form - the sending form
 * @csspart running - the crisis being followed
 * @csspart run-button - opens a crisis the viewer runs
 * @csspart update-button - sends a follow-up
 * @csspart all-clear-button - starts the all-clear
 * @csspart log-csv-button - downloads the log as CSV
 * @csspart log-pdf-button - downloads the log as PDF
 * @fires bk-crisis-sent - after a crisis was sent; `detail`: `{id}`
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { downloadFile } from '../shared/download.js';
import { heading } from '../shared/heading.js';
import { CRISIS_PARAMETER, linkedId } from '../shared/deep-link.js';
import { sharedStyles } from '../shared/styles.js';
import '../bk-roll-call/define.js';
import { crisisRequest, draftErrors, emptyDraft, renderForm } from './crisis-form.js';
import { activeFirst, renderRun } from '../shared/crises-run.js';
import { styles } from './bk-crisis-console.styles.js';

export class BkCrisisConsole extends BkElement {
	static elementName = 'bk-crisis-console';
	static styles = [sharedStyles, styles];
	static properties = {
		crisis: { type: String },
		linkParameter: { type: String, attribute: 'link-parameter' },
		headingLevel: { type: Number, attribute: 'heading-level' },
		draft: { state: true },
		errors: { state: true },
		busy: { state: true },
		running: { state: true },
		confirming: { state: true },
		announcement: { state: true },
	};

	#linkHandled = false;

	constructor() {
		super();
		/** A crisis to open on (its id); empty to start at the form. */
		this.crisis = '';
		/** The query parameter of the page's address that names a crisis to open on when `crisis` is empty. */
		this.linkParameter = CRISIS_PARAMETER;
		/** Level of the element's heading (1–5), default 2. */
		this.headingLevel = 2;
		this.draft = emptyDraft();
		/** @type {{field: string, key: string, name?: string}[]} */
		this.errors = [];
		this.busy = false;
		/** The crisis followed: `{id, title, exercise, over}`, or null at the form. */
		this.running = null;
		this.confirming = false;
		this.announcement = '';
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	async fetchData(api, signal) {
		const optional = (promise, fallback) => promise.catch((error) => {
			if (error?.name === 'AbortError') throw error;
			return fallback;
		});
		const [templates, targets, active, run] = await Promise.all([
			optional(api.get('crises/templates', { signal }).then((answer) => answer?.items ?? []), null),
			api.get('posts/targets', { signal }).then((answer) => answer?.items ?? []),
			optional(api.get('crises/active', { signal }), []),
			optional(api.get('crises', { signal }), null),
		]);
		const list = Array.isArray(active) ? active : [];
		const mine = Array.isArray(run) ? activeFirst(run) : null;
		if (this.crisis && !this.running) {
			const named = (mine ?? []).find((item) => item.id === this.crisis) ?? list.find((item) => item.id === this.crisis);
			this.running = { id: this.crisis, title: named?.title ?? '', exercise: Boolean(named?.exercise),
				over: named?.status === 'ALL_CLEAR' };
		}
		this.#openLinked(mine ?? list);
		return { templates, targets, active: list, run: mine };
	}

	/** Opens once on the crisis the page's address links to, when it is among those the viewer may follow. */
	#openLinked(followable) {
		const linked = this.crisis || this.#linkHandled ? '' : linkedId(this.linkParameter);
		if (!linked) return;
		this.#linkHandled = true;
		const item = followable.find((crisis) => crisis.id === linked);
		if (!item || this.running) return;
		this.running = { id: item.id, title: item.title ?? '', exercise: Boolean(item.exercise), over: item.status === 'ALL_CLEAR' };
		this.focusAfterUpdate('#running-heading');
	}

	/** Takes a changed draft from the form. */
	change(draft) {
		this.draft = draft;
	}

	focusField(event, field) {
		event.preventDefault();
		this.renderRoot.getElementById(field)?.focus();
	}

	async send() {
		this.errors = draftErrors(this.draft);
		if (this.errors.length) {
			this.focusAfterUpdate('.errors a');
			return;
		}
		const request = crisisRequest(this.draft);
		await this.#run(async () => {
			const { id } = await this.api.send('POST', 'crises', { body: request });
			this.running = { id, title: request.title, exercise: request.exercise, over: false };
			this.draft = emptyDraft();
			this.announcement = this.t('crisis.console.sent', { count: request.targets.length });
			this.emit('bk-crisis-sent', { id });
			this.focusAfterUpdate('#running-heading');
		});
	}

	async #update() {
		const field = this.renderRoot.getElementById('update');
		const body = field?.value.trim() ?? '';
		if (!body) {
			this.errors = [{ field: 'update', key: 'crisis.console.error.update' }];
			this.focusAfterUpdate('.errors a');
			return;
		}
		await this.#run(async () => {
			await this.api.send('POST', `crises/${encodeURIComponent(this.running.id)}/updates`, { body: { body } });
			field.value = '';
			this.announcement = this.t('crisis.console.updated');
		});
	}

	async #allClear() {
		const body = this.renderRoot.getElementById('all-clear-text')?.value.trim() || this.t('crisis.console.all-clear-default');
		await this.#run(async () => {
			await this.api.send('POST', `crises/${encodeURIComponent(this.running.id)}/all-clear`, { body: { body } });
			this.running = { ...this.running, over: true };
			this.confirming = false;
			this.announcement = this.t('crisis.console.all-clear-done');
			this.focusAfterUpdate('#running-heading');
		});
	}

	async #download(format) {
		await this.#run(async () => {
			const name = await downloadFile({ hub: this.hub, token: this.token }, `crises/${encodeURIComponent(this.running.id)}/log?format=${format}`,
				format === 'pdf' ? 'application/pdf' : 'text/csv', `krislogg.${format}`);
			this.announcement = this.t('crisis.console.downloaded', { name });
		});
	}

	/** Runs one request at a time; a refusal is shown as an error (announced by role=alert), never thrown. */
	async #run(task) {
		if (this.busy) return;
		this.busy = true;
		this.errors = [];
		this.announcement = '';
		try {
			await task();
		} catch (error) {
			const key = error instanceof ApiProblem && error.status === 409 ? 'crisis.console.error.over'
				: error instanceof ApiProblem && error.status === 400 ? 'crisis.console.error.invalid' : this.errorMessageKey(error);
			this.errors = [{ field: 'heading', key }];
			this.focusAfterUpdate('.errors a');
		} finally {
			this.busy = false;
		}
	}

	#follow(item) {
		this.running = { id: item.id, title: item.title, exercise: Boolean(item.exercise), over: item.status === 'ALL_CLEAR' };
		this.announcement = '';
		this.focusAfterUpdate('#running-heading');
	}

	#backToForm() {
		this.running = null;
		this.confirming = false;
		this.errors = [];
		this.announcement = '';
		this.focusAfterUpdate('#heading');
	}

	render() {
		const loading = this.state.status === 'loading';
		const data = this.state.status === 'loaded' ? this.state.data : undefined;
		return html`<section class="base" part="base" aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('crisis.console.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('crisis.console.loading')}` : this.announcement}</p>
			${this.renderAlert()}
			${data && this.running ? this.#renderRunning() : nothing}
			${data && !this.running ? this.#renderStart(data) : nothing}
		</section>`;
	}

	#renderErrors() {
		if (!this.errors.length || !this.running) return nothing;
		return html`<div class="errors" role="alert" part="errors"><ul>${this.errors.map((error) => html`<li><a href=${`#${error.field}`}
			@click=${(event) => this.focusField(event, error.field)}>${this.t(error.key)}</a></li>`)}</ul></div>`;
	}

	#renderStart({ templates, targets, active, run }) {
		const level = this.#level + 1;
		return html`${run ? renderRun(this, level, run, (item) => this.#follow(item)) : nothing}
			${!run && active.length ? html`<section class="part" aria-labelledby="active-heading">
				${heading(level, { id: 'active-heading', cls: 'section-heading', part: 'section-heading' }, this.t('crisis.console.active'))}
				<ul class="active">${active.map((item) => html`<li><button type="button" class="secondary" part="follow-button"
					@click=${() => this.#follow(item)}>${item.exercise ? `${this.t('crisis.exercise')}: ` : ''}${item.title}</button></li>`)}</ul>
			</section>` : nothing}
			<section class="part" aria-labelledby="form-heading">
				${heading(level, { id: 'form-heading', cls: 'section-heading', part: 'section-heading' }, this.t('crisis.console.new'))}
				${targets.length ? renderForm(this, templates, targets) : html`<p class="empty" part="no-targets">${this.t('crisis.console.no-targets')}</p>`}
			</section>`;
	}

	#renderRunning() {
		const { running } = this;
		const level = this.#level + 1;
		return html`<section class="part running" part="running" aria-labelledby="running-heading">
			${heading(level, { id: 'running-heading', cls: 'section-heading', part: 'section-heading', focusable: true },
				this.t(running.over ? 'crisis.console.over' : 'crisis.console.running', { title: running.title }))}
			${running.exercise ? html`<p class="exercise" part="exercise">${this.t('crisis.exercise')}</p>` : nothing}
			${this.#renderErrors()}
			<bk-roll-call part="roll-call" .hub=${this.hub} .token=${this.token} lang=${this.language} crisis=${running.id} whole
				heading-level=${String(level + 1)}></bk-roll-call>
			${running.over ? nothing : this.#renderActions(level + 1)}
			<div class="actions" part="log">
				<button type="button" class="secondary" part="log-csv-button" ?disabled=${this.busy} @click=${() => this.#download('csv')}>${this.t('crisis.console.log-csv')}</button>
				<button type="button" class="secondary" part="log-pdf-button" ?disabled=${this.busy} @click=${() => this.#download('pdf')}>${this.t('crisis.console.log-pdf')}</button>
				<button type="button" class="secondary" part="new-button" @click=${this.#backToForm}>${this.t('crisis.console.back')}</button>
			</div>
		</section>`;
	}

	#renderActions(level) {
		return html`<div class="field"><label for="update">${this.t('crisis.console.update')}</label>
				<textarea id="update" part="update" rows="3"></textarea></div>
			<div class="actions"><button type="button" part="update-button" ?disabled=${this.busy} @click=${this.#update}>${this.t('crisis.console.update-send')}</button></div>
			${this.confirming ? html`<div class="confirm" part="confirm" role="group" aria-labelledby="confirm-heading">
				${heading(level, { id: 'confirm-heading', cls: 'section-heading', part: 'section-heading' }, this.t('crisis.console.all-clear-confirm'))}
				<label for="all-clear-text">${this.t('crisis.console.all-clear-text')}</label>
				<textarea id="all-clear-text" part="all-clear-text" rows="2" .value=${this.t('crisis.console.all-clear-default')}></textarea>
				<div class="actions"><button type="button" class="danger" part="all-clear-yes" ?disabled=${this.busy} @click=${this.#allClear}>${this.t('crisis.console.all-clear-yes')}</button>
					<button type="button" class="secondary" part="all-clear-no" @click=${() => { this.confirming = false; this.focusAfterUpdate('[part~="all-clear-button"]'); }}>${this.t('crisis.console.cancel')}</button></div>
			</div>` : html`<div class="actions"><button type="button" class="secondary" part="all-clear-button"
				@click=${() => { this.confirming = true; this.focusAfterUpdate('#all-clear-text'); }}>${this.t('crisis.console.all-clear')}</button></div>`}`;
	}
}
