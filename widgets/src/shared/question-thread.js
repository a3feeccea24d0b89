/**
 * What `bk-ask-manager` and `bk-question-inbox` share about questions to the manager: the thread with its history,
 * the reply form, plain words for states and hand-overs, and problems turned into field errors or one message.
 */
import { css, html, nothing } from 'lit';
import { ApiProblem } from './api-client.js';
import { heading } from './heading.js';

/** The header an anonymous asker proves they asked with (never the URL, which logs keep). */
export const FOLLOW_UP_HEADER = 'X-Follow-Up-Key';

/** A date and time in the element's language, or '' when missing. */
export function formatTime(element, instant) {
	if (!instant) return '';
	const date = new Date(instant);
	if (Number.isNaN(date.getTime())) return '';
	return new Intl.DateTimeFormat(element.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** The asker's name, or "the person who asked (anonymous)" for an anonymous question. */
export function askerName(element, question) {
	return question.anonymous ? element.t('question.anonymous-asker') : (question.asker?.name ?? '');
}

/** "Ställd av Ada, 3 dec. 2026 10:00", or "Ställd anonymt, …" for an anonymous question. */
export function askedBy(element, question) {
	const time = formatTime(element, question.askedAt);
	return question.anonymous
		? element.t('question.asked-anonymously', { time })
		: element.t('question.asked-by', { asker: question.asker?.name ?? '', time });
}

/** Where the question stands, in words; overdue is said in text, never by colour alone. */
export function stateText(element, question) {
	const state = element.t(`question.state.${question.state}`);
	return question.overdue && question.state !== 'CLOSED' ? `${state} · ${element.t('question.overdue')}` : state;
}

/** One history entry in words: asked, answered, closed, forwarded or escalated (with the units and the note). */
export function eventText(element, event) {
	const by = event.by?.name ?? element.t('question.event.system');
	const to = event.toHr ? element.t('question.hr') : (event.toUnit?.name ?? '');
	const from = event.fromUnit?.name ?? '';
	const key = `question.event.${event.kind}`;
	const text = element.t(key, { by, to, from });
	return text === key ? event.kind : text;
}

/**
 * Turns a failed call into `{field?, message}` errors; `notFoundKey` says what a 404 means in this place
 * (a wrong follow-up key reads differently from a question that is gone). Emits `bk-token-expired` on 401.
 */
export function problemErrors(element, error, { notFoundKey = 'question.error.not-found' } = {}) {
	if (!(error instanceof ApiProblem)) return [{ message: element.t('common.error.generic', { status: '?' }) }];
	if (error.status === 401) {
		element.emit('bk-token-expired', { status: 401, type: error.type });
		return [{ message: element.t('common.error.token-expired') }];
	}
	if (error.status === 0) return [{ message: element.t('common.error.network') }];
	if (error.status === 404) return [{ message: element.t(notFoundKey) }];
	if (error.code === 'too-many-key-attempts') return [{ message: element.t('question.error.too-many-key-attempts') }];
	if (error.status === 429) return [{ message: element.t('question.error.too-many') }];
	if (error.code === 'unknown-person') return [{ message: element.t('common.error.unknown-person') }];
	if (error.status === 403) return [{ message: element.t('question.error.forbidden') }];
	const known = ['question-closed', 'no-recipient', 'no-manager-above', 'not-a-unit-question'];
	if (known.includes(error.code)) return [{ message: element.t(`question.error.${error.code}`) }];
	if (error.errors?.length) return error.errors.map((fieldError) => fieldMessage(element, fieldError));
	return [{ message: element.t('common.error.generic', { status: error.status }) }];
}

function fieldMessage(element, { field, message }) {
	const max = /at most (\d+)/.exec(String(message ?? ''))?.[1];
	const label = element.t(`question.field.${field}`);
	const text = max
		? element.t('question.error.too-long', { field: label, max })
		: element.t('question.error.empty', { field: label });
	return { field, message: text };
}

/** Shows errors in one role=alert list (kept in the page while empty, so the next error is announced). */
export function renderErrors(element, errors, part = 'errors') {
	return html`<div class="errors-slot" role="alert" part=${part}>${errors.length
		? html`<div class="errors"><ul>${errors.map((error) => html`<li>${error.message}</li>`)}</ul></div>`
		: nothing}</div>`;
}

/**
 * The whole question: text, who asked whom, state, messages and history, then what the viewer may do.
 * `actions` is a template placed after the thread (reply form, close, forward).
 */
export function renderThread(element, question, { level, actions }) {
	const unitName = question.askedUnit?.name || question.unit?.name || '';
	return html`<article class="thread" part="thread" aria-labelledby="thread-heading">
		${heading(level, { id: 'thread-heading', cls: 'section-heading', part: 'thread-heading', focusable: true }, question.subject)}
		<p class="meta" part="thread-meta">${askedBy(element, question)}
			${unitName ? html`<br>${element.t('question.to-unit', { unit: question.withHr ? element.t('question.hr') : (question.unit?.name ?? unitName) })}` : nothing}
			<br><span class="state" part="state">${stateText(element, question)}</span>
			${question.visibility === 'UNIT' ? html`<br>${element.t('question.visible-to-unit')}` : nothing}</p>
		<p class="body" part="question-body">${question.body}</p>
		${heading(level + 1, { cls: 'subheading', part: 'subheading' }, element.t('question.messages'))}
		${question.messages?.length
			? html`<ol class="messages" part="messages">${question.messages.map((message) => html`<li class="message ${message.byAsker ? 'by-asker' : 'by-manager'}" part="message">
				<p class="meta">${message.byAsker ? askerName(element, question) : (message.author?.name ?? '')} · ${formatTime(element, message.at)}</p>
				<p class="body">${message.body}</p>
			</li>`)}</ol>`
			: html`<p class="empty" part="empty">${element.t('question.no-messages')}</p>`}
		${question.events?.length ? html`${heading(level + 1, { cls: 'subheading', part: 'subheading' }, element.t('question.history'))}
			<ol class="history" part="history">${question.events.map((event) => html`<li part="history-entry">
				<span class="meta">${formatTime(element, event.at)}</span> ${eventText(element, event)}${event.note
					? html`<br><span class="note">${element.t('question.note', { note: event.note })}</span>` : nothing}
			</li>`)}</ol>` : nothing}
		${actions ?? nothing}
	</article>`;
}

/** Styles both question widgets share. */
export const questionStyles = css`
	.heading { margin: 0; font-size: var(--bk-heading-size, 1.375rem); line-height: 1.25; }
	.section-heading { margin: 0; font-size: 1.125rem; line-height: 1.3; }
	.subheading { margin: 0.5rem 0 0; font-size: 1rem; }
	section.part { display: grid; gap: 0.75rem; min-width: 0; }
	form, .thread { display: grid; gap: 0.75rem; min-width: 0; }
	.field { display: grid; gap: 0.25rem; min-width: 0; }
	label, legend { font-weight: 600; }
	fieldset { min-width: 0; margin: 0; padding: 0.75rem; border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius, 0.5rem); }
	input[type='text'], textarea, select {
		width: 100%; max-width: 100%; min-height: 2.75rem; padding: 0.5rem;
		border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius-control, 0.375rem);
		background: var(--bk-color-surface, #ffffff); color: inherit; font: inherit;
	}
	textarea { resize: vertical; }
	[aria-invalid='true'] { border: 2px solid var(--bk-color-danger, #b00020); }
	.check { display: flex; align-items: flex-start; gap: 0.5rem; min-width: 0; }
	.check input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0.15rem 0 0; }
	.check label { font-weight: 400; }
	.hint, .meta, .empty { color: var(--bk-color-muted, #4d4d4d); font-size: 0.9375rem; }
	.explain { display: grid; gap: 0.25rem; padding: 0.75rem; border-inline-start: 0.25rem solid var(--bk-color-accent, #005a9c); background: var(--bk-color-info-surface, #f0f5fa); }
	.explain ul, .errors ul { margin: 0; padding-inline-start: 1.25rem; }
	.errors { padding: 0.75rem 1rem; border: 2px solid var(--bk-color-danger, #b00020); border-inline-start-width: 0.5rem; border-radius: var(--bk-radius, 0.5rem); background: var(--bk-color-danger-surface, #fdf2f3); }
	.field-error { color: var(--bk-color-danger, #b00020); font-weight: 600; }
	.actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
	button.secondary { background: var(--bk-color-surface, #ffffff); color: var(--bk-color-accent, #005a9c); border-color: currentColor; }
	button.secondary:hover { background: var(--bk-color-accent-surface, #e6eef5); }
	button[aria-pressed='true'] { background: var(--bk-color-accent-hover, #003f6e); color: var(--bk-color-on-accent, #ffffff); }
	.list { display: grid; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
	.item { display: grid; gap: 0.25rem; padding: 0.75rem; border: 1px solid var(--bk-color-border, #767676); border-radius: var(--bk-radius, 0.5rem); min-width: 0; }
	.item-title { margin: 0; font-size: 1rem; font-weight: 700; }
	.overdue { font-weight: 700; color: var(--bk-color-danger, #b00020); }
	.messages, .history { display: grid; gap: 0.5rem; margin: 0; padding-inline-start: 1.25rem; }
	.message .body, .thread > .body { white-space: pre-wrap; }
	.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
	@media (forced-colors: active) {
		fieldset, .item, .errors, .explain, input, textarea, select { border-color: CanvasText; }
		button[aria-pressed='true'] { outline: 2px solid Highlight; }
	}
`;
