/**
 * `<bk-audit-log>` shows the audit trail to records officers and administrators (`GET /api/v1/records/audit`): every
 * administrative and moderating action with when (in the viewer's language), who, what in plain words (an action the
 * catalogues do not know shows its own name), what it concerned and why, newest first, filtered by period and action,
 * paged with "Visa fler".
 *
 * Parts: `base`, `heading`, `filters`, `action-select`, `entries`, `entry`, `action`, `more-button`.
 * Events: `bk-token-expired`.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { formatDateTime } from '../shared/date-format.js';
import { heading } from '../shared/heading.js';
import { dayEnd, dayStart, recordsError, recordsStyles, renderRecordsError } from '../shared/records.js';
import { sharedStyles } from '../shared/styles.js';
import { message } from '../i18n/index.js';
import { styles } from './bk-audit-log.styles.js';

/** The actions the hub writes to the trail, each with a catalogue key `audit-log.action.<name>`. */
export const AUDIT_ACTIONS = ['acknowledgement.reminded', 'cascade.meeting-recorded',
	'cascade.meeting-recorded-on-behalf', 'cascade.relayed', 'cascade.relayed-on-behalf', 'cascade.reminded',
	'cascade.sent', 'comment.hidden', 'comment.restored', 'crisis.all-clear', 'crisis.reached-by-phone', 'crisis.sent',
	'crisis.template-saved', 'crisis.updated', 'directory.imported', 'hold.placed', 'hold.released', 'post.withdrawn',
	'reach.exported', 'records.archived', 'records.disclosed', 'records.extracted', 'records.searched', 'retention.ran',
	'role.given', 'role.withdrawn', 'thread.locked', 'thread.unlocked'];

export class BkAuditLog extends BkElement {
	static elementName = 'bk-audit-log';
	static styles = [sharedStyles, recordsStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		pageSize: { type: Number, attribute: 'page-size' },
		filter: { state: true },
		more: { state: true },
		announcement: { state: true },
		error: { state: true },
	};

	constructor() {
		super();
		/** Level of the element's heading (1–6), default 2. */
		this.headingLevel = 2;
		/** How many entries one page holds (1–100), default 50. */
		this.pageSize = 50;
		/** @type {{from: string, to: string, action: string}} the filter shown, dates as entered */
		this.filter = { from: '', to: '', action: '' };
		/** Whether the next page is being read. */
		this.more = false;
		this.announcement = '';
		this.error = '';
	}

	/** The words for an action, or its own name when the catalogues do not know it. */
	actionLabel(action) {
		const key = `audit-log.action.${action}`;
		return message(this.language, key) ? this.t(key) : action;
	}

	#path(after) {
		const size = Number.isInteger(this.pageSize) && this.pageSize >= 1 && this.pageSize <= 100 ? this.pageSize : 50;
		const params = new URLSearchParams({ limit: String(size) });
		if (this.filter.from) params.set('from', dayStart(this.filter.from));
		if (this.filter.to) params.set('to', dayEnd(this.filter.to));
		if (this.filter.action) params.set('action', this.filter.action);
		if (after) params.set('after', after);
		return `records/audit?${params}`;
	}

	async fetchData(api, signal) {
		const page = await api.get(this.#path(), { signal });
		return { items: page?.items ?? [], next: page?.next ?? null };
	}

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading || this.more} aria-labelledby="heading">
			${heading(this.headingLevelOr(), { id: 'heading', cls: 'heading', part: 'heading' }, this.t('audit-log.heading'))}
			${this.#renderFilters()}
			${renderRecordsError(this.error, 'filter-error')}
			<p class="status" role="status" part="status">${loading || this.more
				? html`<span class="spinner" aria-hidden="true"></span>${this.t(loading ? 'audit-log.loading' : 'audit-log.loading-more')}`
				: this.announcement}</p>
			${this.state.status === 'error' ? html`<div class="alert" role="alert" part="alert">
				<p class="alert-message">${recordsError(this, this.state.error)}</p>
				<button type="button" class="retry" part="retry-button" @click=${() => this.refresh()}>${this.t('common.retry')}</button>
			</div>` : nothing}
			${this.state.status === 'loaded' ? this.#renderEntries(this.state.data) : nothing}
		</section>`;
	}

	#renderFilters() {
		const { from, to, action } = this.filter;
		return html`<form class="filters" part="filters" novalidate aria-label=${this.t('audit-log.filters')} @submit=${(event) => this.#apply(event)}>
			<div class="fields">
				<div class="field"><label for="from">${this.t('audit-log.from')}</label>
					<input id="from" name="from" type="date" part="from-input" .value=${from}></div>
				<div class="field"><label for="to">${this.t('audit-log.to')}</label>
					<input id="to" name="to" type="date" part="to-input" .value=${to}></div>
				<div class="field"><label for="action">${this.t('audit-log.action')}</label>
					<select id="action" name="action" part="action-select">
						<option value="" ?selected=${!action}>${this.t('audit-log.all-actions')}</option>
						${AUDIT_ACTIONS.map((name) => html`<option value=${name} ?selected=${action === name}>${this.actionLabel(name)}</option>`)}
					</select></div>
			</div>
			<div class="actions"><button type="submit" part="show-button">${this.t('audit-log.show')}</button></div>
		</form>`;
	}

	#renderEntries({ items, next }) {
		return html`<p class="meta" part="shown">${items.length ? this.t('audit-log.shown', { count: items.length }) : this.t('audit-log.none')}</p>
			${items.length ? html`<ol class="entries" part="entries">${items.map((entry) => this.#renderEntry(entry))}</ol>` : nothing}
			${next ? html`<div class="actions"><button type="button" class="secondary" part="more-button" aria-disabled=${this.more}
				@click=${() => this.#more()}>${this.t('audit-log.more')}</button></div>` : nothing}`;
	}

	#renderEntry(entry) {
		return html`<li class="entry" part="entry" tabindex="-1" data-id=${entry.id}>
			<p><time datetime=${entry.at} part="time">${formatDateTime(entry.at, this.language)}</time> –
				<span class="action" part="action">${this.actionLabel(entry.action)}</span></p>
			<p class="meta" part="actor">${entry.actor ? this.t('audit-log.by', { name: entry.actor.displayName ?? '' }) : this.t('audit-log.by-system')}</p>
			<p class="meta">${this.t('audit-log.subject')} <span class="code" part="subject">${entry.subject}</span></p>
			${entry.reason ? html`<p class="reason" part="reason">${this.t('audit-log.reason', { reason: entry.reason })}</p>` : nothing}
		</li>`;
	}

	#apply(event) {
		event.preventDefault();
		const data = new FormData(event.target);
		const filter = { from: String(data.get('from') ?? ''), to: String(data.get('to') ?? ''), action: String(data.get('action') ?? '') };
		this.announcement = '';
		if (filter.from && filter.to && filter.from > filter.to) {
			this.error = this.t('audit-log.error.period');
			this.focusAfterUpdate('#to');
			return;
		}
		this.error = '';
		this.filter = filter;
		this.refresh();
	}

	async #more() {
		const { data } = this.state;
		if (this.more || this.state.status !== 'loaded' || !data.next) return;
		const before = this.state;
		this.more = true;
		this.announcement = '';
		try {
			const page = await this.api.get(this.#path(data.next));
			if (this.state !== before) return;
			const added = page?.items ?? [];
			this.state = { status: 'loaded', data: { items: [...data.items, ...added], next: page?.next ?? null } };
			this.announcement = this.t('audit-log.more-loaded', { count: added.length });
			if (added.length) this.focusAfterUpdate(`[data-id="${CSS.escape(String(added[0].id))}"]`);
		} catch (error) {
			this.error = recordsError(this, error);
		} finally {
			this.more = false;
		}
	}
}
