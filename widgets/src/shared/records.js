/**
 * What `bk-records-search` and `bk-audit-log` share: the records API's problems in plain words from the catalogues,
 * a day chosen in a date field turned into the period the API takes, and their common styles.
 */
import { css, html, nothing } from 'lit';
import { ApiProblem } from './api-client.js';
import { message } from '../i18n/index.js';

const PROBLEM_KEYS = {
	'records-forbidden': 'records.error.forbidden',
	'disclosure-not-found': 'records.error.disclosure-not-found',
	'person-not-found': 'records.error.person-not-found',
};

/**
 * The words that explain a failed records call: the records problems by type, a field the hub refused by the field's
 * catalogue key, the rest as the widgets' common errors. Emits `bk-token-expired` on 401.
 */
export function recordsError(element, error) {
	if (!(error instanceof ApiProblem) || error.status === 0 || error.status === 401 || error.status >= 500) {
		if (error?.status === 401) element.emit('bk-token-expired', { status: 401, type: error.type });
		return element.t(element.errorMessageKey(error), { status: error?.status ?? '?' });
	}
	if (PROBLEM_KEYS[error.code]) return element.t(PROBLEM_KEYS[error.code]);
	if (error.status === 403) return element.t('records.error.forbidden');
	const field = String(error.errors?.[0]?.field ?? '').split(/[.[]/)[0];
	const key = `records.error.field.${field}`;
	if (field && message(element.language, key)) return element.t(key);
	return element.t('records.error.invalid');
}

const TIME_ZONE = 'Europe/Stockholm';
const zoneParts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric',
	day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });

/** How far Stockholm's clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant) {
	const parts = Object.fromEntries(zoneParts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
	return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - instant;
}

/** Midnight at the start of `value` (`2026-12-01`, plus `days`) on Stockholm's clock, where the times are shown. */
function midnight(value, days) {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
	if (!match) return '';
	const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
	const first = wall - zoneOffset(wall);
	return new Date(wall - zoneOffset(first)).toISOString();
}

/** The start of a day chosen in a date field (`2026-12-01`) on Stockholm's clock, as an instant; '' for none. */
export function dayStart(value) {
	return midnight(value, 0);
}

/** The end of a day chosen in a date field: the start of the next day, which the API's `to` excludes; '' for none. */
export function dayEnd(value) {
	return midnight(value, 1);
}

/** One role=alert slot, kept in the page while empty so the next error is announced. */
export function renderRecordsError(text, part = 'error') {
	return html`<div class="error-slot" role="alert" part=${part}>${text ? html`<p class="error">${text}</p>` : nothing}</div>`;
}

/** Styles the records elements share: forms, fields, actions, errors and the list of entries. */
export const recordsStyles = css`
	.heading { margin: 0; font-size: var(--bk-heading-size, 1.375rem); line-height: 1.25; }
	.section-heading { margin: 0; font-size: 1.125rem; line-height: 1.3; }
	.part { display: grid; gap: 0.5rem; min-width: 0; }
	.hint, .meta, .empty { color: var(--bk-color-muted, #4d4d4d); font-size: 0.9375rem; }
	form, fieldset { display: grid; gap: 0.75rem; min-width: 0; margin: 0; }
	fieldset { padding: 0.5rem 0.75rem; border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius-control, 0.375rem); }
	legend { font-weight: 600; padding-inline: 0.25rem; }
	.fields { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr)); }
	.field { display: grid; gap: 0.25rem; min-width: 0; }
	label { font-weight: 600; }
	.check { display: flex; align-items: center; gap: 0.5rem; font-weight: 400; }
	.checks { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
	input[type='text'], input[type='search'], input[type='date'], select { width: 100%; max-width: 100%; min-height: 2.75rem;
		padding: 0.375rem 0.5rem; font: inherit; color: inherit; background: var(--bk-color-surface, #ffffff);
		border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius-control, 0.375rem); }
	input[type='checkbox'] { inline-size: 1.25rem; block-size: 1.25rem; margin: 0; flex: none; }
	.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
	button.secondary { background: var(--bk-color-surface, #ffffff); color: var(--bk-color-accent, #005a9c); border-color: currentColor; }
	button.secondary:hover { background: var(--bk-color-accent-surface, #e6eef5); }
	.error { padding: 0.75rem 1rem; border: 2px solid var(--bk-color-danger, #b00020); border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem); background: var(--bk-color-danger-surface, #fdf2f3); }
	.entries { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
	.entry { display: grid; gap: 0.125rem; min-width: 0; padding: 0.5rem 0.75rem; border: 1px solid var(--bk-color-border, #767676);
		border-radius: var(--bk-radius, 0.5rem); }
	.code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.875rem; overflow-wrap: anywhere; }
	@media (forced-colors: active) {
		.error, .entry, fieldset, input, select { border-color: CanvasText; }
	}
`;
