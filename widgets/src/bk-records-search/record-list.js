/**
 * The results of `bk-records-search`: each record with a checkbox to choose it, its kind, its state in words (hidden,
 * deleted and withdrawn ones flagged with words and an icon, never by colour alone), its author and time, and the
 * register extract for its author.
 */
import { html, nothing } from 'lit';
import { formatDateTime } from '../shared/date-format.js';
import { message } from '../i18n/index.js';

const FLAGGED = new Set(['HIDDEN', 'DELETED', 'WITHDRAWN']);

/** The key a chosen record is kept under. */
export const recordKey = (record) => `${record.type}:${record.id}`;

function typeName(element, type) {
	const key = `records.type.${type}`;
	return message(element.language, key) ? element.t(key) : type;
}

function stateName(element, state) {
	const key = `records.state.${state}`;
	return message(element.language, key) ? element.t(key) : state;
}

function title(element, record) {
	return record.title || record.excerpt
		|| element.t('records-search.untitled', { type: typeName(element, record.type), time: formatDateTime(record.at, element.language) });
}

/** One record; `handlers` are `{toggle(record, checked), extract(author)}`. */
export function renderRecord(element, record, chosen, handlers) {
	const flagged = FLAGGED.has(record.state);
	const state = String(record.state ?? '').toLowerCase();
	return html`<li class="entry record ${flagged ? 'flagged' : ''}" part="record${flagged ? ' record-flagged' : ''}" data-key=${recordKey(record)}>
		<label class="check select"><input type="checkbox" part="select-checkbox" .checked=${chosen}
			@change=${(event) => handlers.toggle(record, event.target.checked)}> <span class="title">${title(element, record)}</span></label>
		<p class="meta"><span class="type" part="type">${typeName(element, record.type)}</span> ·
			<span class="state state-${state}" part="state">${flagged ? html`<span class="flag-icon" aria-hidden="true">!</span> ` : nothing}${element.t(
				'records-search.state', { state: stateName(element, record.state) })}</span></p>
		${record.title && record.excerpt ? html`<p class="excerpt">${record.excerpt}</p>` : nothing}
		<p class="meta" part="record-meta">${record.author
			? element.t('records-search.author', { name: record.author.displayName ?? '' })
			: element.t('records-search.anonymous')} · <time datetime=${record.at}>${formatDateTime(record.at, element.language)}</time>${record.versions > 1
			? html` · ${element.t('records-search.versions', { count: record.versions })}` : nothing}</p>
		${record.author ? html`<div class="actions"><button type="button" class="secondary small" part="extract-for-button"
			@click=${() => handlers.extract(record.author)}>${element.t('records-search.extract-for', { name: record.author.displayName ?? '' })}</button></div>` : nothing}
	</li>`;
}
