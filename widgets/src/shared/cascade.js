/**
 * What the three budkavle elements (`bk-cascade-inbox`, `bk-cascade-compose`, `bk-cascade-tracker`) share: a unit's
 * state in words with an icon (never by colour alone), problems turned into field errors, and their common styles.
 */
import { css, html, nothing } from 'lit';
import { ApiProblem } from './api-client.js';

/** The states of a unit in a cascade, in the order they are summed up. */
export const CASCADE_STATES = ['NOT_OPENED', 'OPENED', 'RELAYED', 'DISCUSSED', 'OVERDUE'];

/** An icon per state, beside the state's words; hidden from screen readers, which hear the words. */
const ICONS = { NOT_OPENED: '○', OPENED: '◐', RELAYED: '✓', DISCUSSED: '✓', OVERDUE: '!' };

/** A unit's state as an icon and words, e.g. ”✓ Skickad vidare”. */
export function stateBadge(element, state) {
	const known = CASCADE_STATES.includes(state) ? state : 'NOT_OPENED';
	return html`<span class="cascade-state state-${known.toLowerCase()}" part="state state-${known.toLowerCase()}"><span
		class="state-icon" aria-hidden="true">${ICONS[known]}</span> ${element.t(`cascade.state.${known}`)}</span>`;
}

/** The field a problem's `field` (`questions[0].answer`, `targets`, `meeting.participants`…) belongs to. */
export function fieldHead(name) {
	const path = String(name ?? '');
	if (path.startsWith('meeting.')) return path.slice('meeting.'.length).split(/[.[]/)[0];
	return path.split(/[.[]/)[0] || undefined;
}

/**
 * Turns a failed call into `{field?, message}` errors: field errors of an `invalid-*` problem stay with their field,
 * the rest become one message. Emits `bk-token-expired` on 401.
 */
export function cascadeErrors(element, error, { forbiddenKey = 'cascade.error.forbidden' } = {}) {
	if (!(error instanceof ApiProblem)) return [{ message: element.t('common.error.generic', { status: '?' }) }];
	if (error.status === 401) {
		element.emit('bk-token-expired', { status: 401, type: error.type });
		return [{ message: element.t('common.error.token-expired') }];
	}
	if (error.status === 0) return [{ message: element.t('common.error.network') }];
	if (error.code === 'unknown-person') return [{ message: element.t('common.error.unknown-person') }];
	if (error.status === 403) return [{ message: element.t(forbiddenKey) }];
	if (error.status === 404) return [{ message: element.t('cascade.error.not-found') }];
	if (error.errors?.length) {
		return error.errors.map((fieldError) => ({ field: fieldHead(fieldError.field), message: fieldError.message }));
	}
	if (error.status >= 500) return [{ message: element.t('common.error.generic', { status: error.status }) }];
	return [{ message: error.detail || element.t('common.error.generic', { status: error.status }) }];
}

/** One role=alert list of errors, kept in the page while empty so the next error is announced. */
export function renderCascadeErrors(errors, part = 'errors') {
	return html`<div class="errors-slot" role="alert" part=${part}>${errors.length
		? html`<div class="errors"><ul>${errors.map((error) => html`<li>${error.message}</li>`)}</ul></div>`
		: nothing}</div>`;
}

/** Styles the budkavle elements share: states, the error list, fields and actions. */
export const cascadeStyles = css`
	.heading { margin: 0; font-size: var(--bk-heading-size, 1.375rem); line-height: 1.25; }
	.section-heading { margin: 0; font-size: 1.125rem; line-height: 1.3; }
	.subheading { margin: 0; font-size: 1rem; line-height: 1.4; }
	.hint, .meta, .empty { color: var(--bk-color-muted, #4d4d4d); font-size: 0.9375rem; }
	.cascade-state { font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
	.state-icon { display: inline-block; min-inline-size: 1.1em; text-align: center; }
	.state-overdue { color: var(--bk-color-danger, #b00020); }
	.state-overdue .state-icon { border: 2px solid currentColor; border-radius: 50%; min-inline-size: 1.4em; font-weight: 700; }
	.state-relayed, .state-discussed { color: var(--bk-color-success, #1e6b34); }
	.on-behalf { font-weight: 600; }
	.errors { padding: 0.75rem 1rem; border: 2px solid var(--bk-color-danger, #b00020); border-inline-start-width: 0.5rem;
		border-radius: var(--bk-radius, 0.5rem); background: var(--bk-color-danger-surface, #fdf2f3); }
	.errors ul { margin: 0; padding-inline-start: 1.25rem; }
	.field-error { color: var(--bk-color-danger, #b00020); font-weight: 600; }
	.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
	button.secondary { background: var(--bk-color-surface, #ffffff); color: var(--bk-color-accent, #005a9c); border-color: currentColor; }
	button.secondary:hover { background: var(--bk-color-accent-surface, #e6eef5); }
	button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
	.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
	@media (forced-colors: active) {
		.errors, .cascade-state { border-color: CanvasText; }
		.state-overdue, .state-relayed, .state-discussed { color: CanvasText; }
	}
`;
