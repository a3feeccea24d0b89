/**
 * The crises the viewer runs (`GET /api/v1/crises`), as the console lists them and the roll call offers them: active
 * ones first, each a button naming its title, ”ÖVNING” and its status.
 */
import { html } from 'lit';
import { formatDateTime } from './date-format.js';
import { heading } from './heading.js';

/** The list with the active crises first, each group kept newest first as the hub sends it. */
export function activeFirst(run) {
	const active = (item) => (item.status === 'ACTIVE' ? 0 : 1);
	return [...run].sort((a, b) => active(a) - active(b));
}

/** What a crisis is called in a list: ”ÖVNING: title – pågår sedan …” or ”… – faran över …”. */
export function runLabel(element, item) {
	const status = item.status === 'ACTIVE'
		? element.t('crisis.run.active', { time: formatDateTime(item.sentAt, element.language) })
		: element.t('crisis.run.over', { time: formatDateTime(item.allClearAt, element.language) });
	return `${item.exercise ? `${element.t('crisis.exercise')}: ` : ''}${item.title} – ${status}`;
}

/** The section listing the crises; choosing one calls `open(item)`. */
export function renderRun(element, level, run, open) {
	return html`<section class="part" aria-labelledby="run-heading">
		${heading(level, { id: 'run-heading', cls: 'section-heading', part: 'section-heading' }, element.t('crisis.run.heading'))}
		${run.length ? html`<ul class="active">${run.map((item) => html`<li><button type="button" class="secondary"
			part=${item.status === 'ACTIVE' ? 'run-button active' : 'run-button'} @click=${() => open(item)}>${runLabel(element, item)}</button></li>`)}</ul>`
			: html`<p class="empty" part="run-empty">${element.t('crisis.run.empty')}</p>`}
	</section>`;
}

