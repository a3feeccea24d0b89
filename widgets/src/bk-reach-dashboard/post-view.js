/**
 * The post view of `<bk-reach-dashboard>`: a post's reach and acknowledgement in total and per child unit, and the
 * timeline of first reads (the chart is drawn by the element; the same numbers are in a table here).
 */
import { html, nothing } from 'lit';
import { count, durationInWords } from './reach-format.js';
import { bar, renderGroups, subheading, suppressed } from './reach-table.js';

/** A post's reach from `GET /api/v1/reach/posts/{id}`. */
export function renderPost(element, reach) {
	return html`${subheading(element, element.t('reach-dashboard.post-heading', { title: reach.title, unit: reach.unit.name }))}
		${reach.suppressed ? suppressed(element, reach.minimumGroupSize) : html`
			${renderPostTotals(element, reach)}
			${renderGroups(element, reach, 'post', postColumns(element, reach))}
			${renderTimeline(element, reach)}`}`;
}

function renderPostTotals(element, reach) {
	const lang = element.language;
	const { total } = reach;
	const time = (share, iso) => (iso
		? element.t('reach-dashboard.time-to', { share, duration: durationInWords(iso, lang, element.t('reach-dashboard.under-a-minute')) })
		: element.t('reach-dashboard.time-to-not-yet', { share }));
	return html`<dl class="totals" part="totals">
		<div><dt>${element.t('reach-dashboard.reach')}</dt><dd>${bar(element, total.reach, element.t('reach-dashboard.of', {
			part: count(total.readers, lang), whole: count(total.audience, lang) }), 'reach')}</dd></div>
		${reach.acknowledgementRequired ? html`<div><dt>${element.t('reach-dashboard.acknowledged')}</dt><dd>${bar(element, total.acknowledgementRate,
			element.t('reach-dashboard.of', { part: count(total.acknowledged, lang), whole: count(total.audience, lang) }), 'acknowledged')}</dd></div>` : nothing}
		<div><dt>${element.t('reach-dashboard.speed')}</dt><dd><p part="time-to-50">${time(50, reach.timeTo50)}</p><p part="time-to-80">${time(80, reach.timeTo80)}</p></dd></div>
	</dl>`;
}

function postColumns(element, reach) {
	const lang = element.language;
	const of = (part, whole) => element.t('reach-dashboard.of', { part: count(part, lang), whole: count(whole, lang) });
	const columns = [
		{ label: element.t('reach-dashboard.reach'), render: (f) => bar(element, f.reach, of(f.readers, f.audience), 'reach') },
	];
	if (reach.acknowledgementRequired) {
		columns.push({ label: element.t('reach-dashboard.acknowledged'), render: (f) => bar(element, f.acknowledgementRate, of(f.acknowledged, f.audience), 'acknowledged') });
	}
	return columns;
}

function renderTimeline(element, reach) {
	const hours = reach.readsPerHour ?? [];
	if (hours.length === 0) return html`<p part="timeline-empty">${element.t('reach-dashboard.timeline-empty')}</p>`;
	const peak = hours.reduce((best, row) => (row.reads > best.reads ? row : best), hours[0]);
	const lang = element.language;
	return html`<figure class="timeline" part="timeline">
		<figcaption id="timeline-caption" part="timeline-caption">${element.t('reach-dashboard.timeline')}</figcaption>
		<p class="timeline-summary" part="timeline-summary">${element.t('reach-dashboard.timeline-summary', {
			hours: count(hours.length, lang), peak: count(peak.reads, lang), hour: peak.hour })}</p>
		<div class="chart" part="chart" aria-hidden="true"></div>
		<details part="timeline-details">
			<summary part="timeline-toggle">${element.t('reach-dashboard.timeline-table')}</summary>
			<table class="hours" part="timeline-table">
				<caption>${element.t('reach-dashboard.timeline')}</caption>
				<thead><tr><th scope="col">${element.t('reach-dashboard.hour')}</th><th scope="col">${element.t('reach-dashboard.first-reads')}</th></tr></thead>
				<tbody>${hours.map((row) => html`<tr><th scope="row">${element.t('reach-dashboard.hour-n', { hour: row.hour })}</th><td>${count(row.reads, lang)}</td></tr>`)}</tbody>
			</table>
		</details>
	</figure>`;
}
