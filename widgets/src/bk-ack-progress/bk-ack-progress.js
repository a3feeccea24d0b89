/**
 * `<bk-ack-progress post="…">` shows an author or manager how many have confirmed "Jag har läst" for a post, in
 * total and per unit (numbers in words beside every bar), lets them drill into a unit, lists who is still pending
 * (by unit, searchable, a page at a time: `pending-list.js`) and sends reminders to everyone, one unit or one
 * person, announcing the result through `role=status`. It follows the live topic
 * `acknowledgements:{post}`: each `acknowledgement.progress` (which carries only the post's id, no figures) reloads
 * the view shown in place over HTTP, scoped to the reader, and the new totals are announced politely at most once
 * every few seconds.
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { formatDateTime } from '../shared/date-format.js';
import { Throttle, follow, liveEnabled } from '../shared/live-follow.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-ack-progress.styles.js';
import { PendingList } from './pending-list.js';

const DEFAULT_HEADING_LEVEL = 3;

function percent(acknowledged, audience) {
	return audience > 0 ? Math.round((acknowledged / audience) * 100) : 0;
}

/** The totals a live announcement speaks of, to say them only when they changed. */
function progressKey(data) {
	return `${data?.acknowledged ?? 0}/${data?.audience ?? 0}`;
}

export class BkAckProgress extends BkElement {
	static elementName = 'bk-ack-progress';
	static styles = [sharedStyles, styles];
	static properties = {
		post: { type: String },
		unit: { type: String },
		headingLevel: { type: Number, attribute: 'heading-level' },
		live: { type: String },
		pageSize: { type: Number, attribute: 'page-size' },
		searchDelay: { type: Number, attribute: 'search-delay' },
		reminder: { attribute: false, state: true },
	};

	#unitNames = new Map();
	#focusAfterRender;
	#reminding;
	#unfollow;
	#following;
	#liveReload = new Throttle(() => this.#reloadLive(), () => this.liveInterval);
	#liveAnnounce = new Throttle(() => this.#announceProgress(), () => this.announceInterval);
	#announcement = '';
	#announced;
	#focusWasInside = false;
	#pending = new PendingList(this);

	constructor() {
		super();
		/** The post's id. */
		this.post = '';
		/** A unit to drill into (its id); empty for the whole audience. */
		this.unit = '';
		/** Level of the element's heading (1–5), default 3; the section headings are one level below. */
		this.headingLevel = DEFAULT_HEADING_LEVEL;
		/** @type {{status: 'idle'} | {status: 'sending'} | {status: 'sent', result: any} | {status: 'error', error: Error}} */
		this.reminder = { status: 'idle' };
		/** `off` turns live updates off; otherwise the element follows `acknowledgements:{post}`. */
		this.live = '';
		/** Least time in milliseconds between two reloads caused by live events. */
		this.liveInterval = 1000;
		/** Least time in milliseconds between two announcements of live progress (no announcement storm). */
		this.announceInterval = 5000;
		/** How many pending people one page of the list shows (1–100), default 50. */
		this.pageSize = 50;
		/** Milliseconds of quiet typing in the search before the pending list is asked again. */
		this.searchDelay = 300;
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
		this.#liveAnnounce.cancel();
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (changed.has('hub') || changed.has('post') || changed.has('live')) this.#follow();
		if ((changed.has('post') || changed.has('unit')) && this.hasUpdated) {
			if (changed.has('post')) this.reminder = { status: 'idle' };
			this.refresh();
		}
	}

	/** Reloads the view shown; resolves when it shows. */
	refresh() {
		this.#announcement = '';
		this.#announced = undefined;
		this.#liveAnnounce.cancel();
		this.#pending.load();
		return super.refresh();
	}

	/** A catalogue string in its plural form for `count` (`key.one` or `key.other`), the count filled in. */
	plural(key, count, params = {}) {
		const locale = this.language === 'en' ? 'en-GB' : 'sv-SE';
		const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
		return this.t(`${key}.${form}`, { ...params, count: new Intl.NumberFormat(locale).format(count) });
	}

	fetchData(api, signal) {
		if (!this.post) return Promise.resolve(null);
		const query = this.unit ? `?${new URLSearchParams({ unitId: this.unit })}` : '';
		return api.get(`posts/${encodeURIComponent(this.post)}/acknowledgements${query}`, { signal });
	}

	errorMessageKey(error) {
		if (error instanceof ApiProblem) {
			if (error.status === 403 && error.code !== 'unknown-person') return 'ack-progress.error.forbidden';
			if (error.status === 404) return 'ack-progress.error.not-found';
			if (error.status === 409) return 'ack-progress.error.not-requested';
			if (error.status === 429) return 'ack-progress.error.too-many';
		}
		return super.errorMessageKey(error);
	}

	/** Drills into one unit (by id); the unit's name is remembered for the heading. */
	showUnit(unitId, name) {
		if (name) this.#unitNames.set(unitId, name);
		this.#focusAfterRender = { selector: '.heading' };
		this.unit = unitId;
	}

	/** Back to the whole audience, focus on the unit that was shown. */
	showAll() {
		const from = this.unit;
		this.#focusAfterRender = { selector: `[data-unit-id="${CSS.escape(from)}"]`, fallback: '.heading' };
		this.unit = '';
	}

	/**
	 * Sends reminders to everyone still pending, or only to one unit's (`{unitId, name}`) or one person's
	 * (`{personId, name}`); resolves when the result is announced.
	 */
	async remind(whom = {}) {
		if (!this.post || this.reminder.status === 'sending') return;
		this.#reminding?.abort();
		const sending = (this.#reminding = new AbortController());
		this.reminder = { status: 'sending', whom };
		const query = whom.personId ? { personId: whom.personId } : (whom.unitId ? { unitId: whom.unitId } : undefined);
		try {
			const result = await this.api
				.send('POST', `posts/${encodeURIComponent(this.post)}/reminders${query ? `?${new URLSearchParams(query)}` : ''}`,
					{ signal: sending.signal });
			if (!sending.signal.aborted) this.reminder = { status: 'sent', whom, result: result ?? {} };
		} catch (error) {
			if (sending.signal.aborted || error?.name === 'AbortError') return;
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.reminder = { status: 'error', error };
		}
		await this.updateComplete;
	}

	#follow() {
		const key = this.isConnected && this.post && liveEnabled(this.live) ? `${this.hub}|${this.post}` : undefined;
		if (key === this.#following) return;
		this.#unfollow?.();
		this.#unfollow = undefined;
		this.#following = key;
		this.#liveReload.cancel();
		if (key === undefined) return;
		const post = this.post;
		this.#unfollow = follow(this, `acknowledgements:${post}`, (frame) => {
			if (frame?.event !== 'acknowledgement.progress' || this.post !== post) return;
			if (frame.payload?.postId && frame.payload.postId !== post) return;
			this.#liveReload.trigger();
		});
	}

	/** Reads the view shown again without a loading state; failures stay quiet (what is shown is still valid). */
	async #reloadLive() {
		const before = this.state;
		if (before.status !== 'loaded' || !before.data || !this.isConnected) return;
		let data;
		try {
			data = await this.fetchData(this.api, undefined);
		} catch {
			return;
		}
		if (this.state !== before) {
			// Another view was chosen or reloaded meanwhile: look again once it has settled.
			if (this.isConnected && this.#following !== undefined) this.#liveReload.trigger();
			return;
		}
		this.#announced ??= progressKey(before.data);
		this.#focusWasInside = this.renderRoot.activeElement != null;
		this.state = { status: 'loaded', data };
		this.#pending.load({ quiet: true });
		await this.updateComplete;
		this.#liveAnnounce.trigger();
	}

	#announceProgress() {
		const { state } = this;
		if (state.status !== 'loaded' || !state.data) return;
		const acknowledged = state.data.acknowledged ?? 0;
		const audience = state.data.audience ?? 0;
		const key = progressKey(state.data);
		if (key === this.#announced) return;
		this.#announced = key;
		this.#announcement = this.t('ack-progress.live-update', { acknowledged, audience, percent: percent(acknowledged, audience) });
		this.requestUpdate();
	}

	renderStatus(loadingText) {
		if (this.state.status === 'loading') return super.renderStatus(loadingText);
		return html`<p class="status" role="status" part="status">${this.#announcement || nothing}</p>`;
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${state.status === 'loading'}
			aria-labelledby=${state.status === 'loaded' && state.data ? 'heading' : nothing}
			aria-label=${state.status === 'loaded' && state.data ? nothing : this.t('ack-progress.label')}>
			${this.renderStatus(this.t('ack-progress.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderProgress(state.data) : nothing}
		</section>`;
	}

	updated(changed) {
		super.updated(changed);
		if (this.#focusWasInside && !this.#focusAfterRender && this.renderRoot.activeElement == null) {
			// A live reload removed what had focus (e.g. the reminder button once everyone has acknowledged).
			this.renderRoot.querySelector('.heading')?.focus();
		}
		this.#focusWasInside = false;
		if (!this.#focusAfterRender || this.state.status !== 'loaded') return;
		const { selector, fallback } = this.#focusAfterRender;
		this.#focusAfterRender = undefined;
		(this.renderRoot.querySelector(selector) ?? (fallback && this.renderRoot.querySelector(fallback)))?.focus();
	}

	#renderProgress(data) {
		if (!data) return html`<p class="empty" part="empty">${this.t('ack-progress.no-post')}</p>`;
		const level = this.headingLevelOr(DEFAULT_HEADING_LEVEL, 5);
		const unitName = this.unit ? (this.#unitNames.get(this.unit) ?? data.byUnit?.find((unit) => unit.unitId === this.unit)?.name) : undefined;
		const title = data.title ?? '';
		const pending = Math.max(0, (data.audience ?? 0) - (data.acknowledged ?? 0));
		return html`${heading(level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true, focusAfterLoad: true },
				unitName ? this.t('ack-progress.heading-unit', { unit: unitName, title }) : this.t('ack-progress.heading', { title }))}
			${this.unit
				? html`<button type="button" class="back" part="back-button" @click=${this.showAll}>
					<span aria-hidden="true">← </span>${this.t('ack-progress.back')}</button>`
				: nothing}
			<p class="deadline" part="deadline">${data.deadline
				? this.t('ack-progress.deadline', { date: formatDateTime(data.deadline, this.language) })
				: this.t('ack-progress.no-deadline')}</p>
			<div class="total" part="total">
				<p class="total-text" part="total-text">${this.t('ack-progress.total', {
					acknowledged: data.acknowledged ?? 0, audience: data.audience ?? 0,
					percent: percent(data.acknowledged ?? 0, data.audience ?? 0) })}</p>
				${this.#bar(data.acknowledged ?? 0, data.audience ?? 0)}
			</div>
			${this.#renderUnits(level + 1, data.byUnit ?? [])}
			<section class="pending" part="pending" aria-labelledby="pending-heading">
				${heading(level + 1, { id: 'pending-heading', cls: 'section-heading', part: 'section-heading' },
					this.t('ack-progress.pending', { count: pending }))}
				${this.#renderReminder(pending)}
				${this.#pending.render(level + 2, pending)}
			</section>`;
	}

	#renderUnits(level, units) {
		if (units.length === 0) return nothing;
		return html`<section class="units" part="units" aria-labelledby="units-heading">
			${heading(level, { id: 'units-heading', cls: 'section-heading', part: 'section-heading' }, this.t('ack-progress.units'))}
			<ul class="unit-list" part="unit-list">
				${units.map((unit) => html`<li class="unit" part="unit">
					${unit.unitId === this.unit
						? html`<span class="unit-name" part="unit-name">${unit.name}</span>`
						: html`<button type="button" class="unit-name unit-button" part="unit-button" data-unit-id=${unit.unitId}
							@click=${() => this.showUnit(unit.unitId, unit.name)}>${unit.name}</button>`}
					<span class="unit-numbers" part="unit-numbers">${this.t('ack-progress.unit-row', {
						acknowledged: unit.acknowledged, audience: unit.audience })}
						(${percent(unit.acknowledged, unit.audience)} %)</span>
					${this.#bar(unit.acknowledged, unit.audience)}
				</li>`)}
			</ul>
		</section>`;
	}

	#bar(acknowledged, audience) {
		return html`<div class="bar" part="bar" aria-hidden="true">
			<div class="bar-fill" part="bar-fill" style="inline-size: ${percent(acknowledged, audience)}%"></div>
		</div>`;
	}

	#reminded({ whom, result }) {
		const reminded = result.reminded ?? 0;
		const already = result.alreadyRemindedToday ?? 0;
		if (whom?.personId) return this.t(reminded > 0 ? 'ack-progress.reminded-person' : 'ack-progress.reminded-person-none', { name: whom.name });
		if (whom?.unitId && reminded > 0) return this.plural('ack-progress.reminded-unit', reminded, { unit: whom.name });
		return this.t(reminded > 0 ? 'ack-progress.reminded' : 'ack-progress.reminded-none', { reminded, already });
	}

	#renderReminder(pendingCount) {
		const { reminder } = this;
		let message = nothing;
		if (reminder.status === 'sending') message = this.t('ack-progress.reminding');
		if (reminder.status === 'sent') message = this.#reminded(reminder);
		const error = reminder.status === 'error' ? reminder.error : undefined;
		return html`${pendingCount > 0 || reminder.status !== 'idle'
				? html`<button type="button" class="remind" part="remind-button" @click=${() => this.remind()}
					aria-disabled=${reminder.status === 'sending' ? 'true' : 'false'}>${this.t('ack-progress.remind')}</button>`
				: nothing}
			<p class="reminder-status" role="status" part="reminder-status">${message}</p>
			${error
				? html`<p class="alert" role="alert" part="reminder-alert">${this.t('ack-progress.remind-failed', {
					reason: this.t(this.errorMessageKey(error), { status: error?.status ?? '?' }) })}</p>`
				: nothing}`;
	}
}
