/**
 * What both views of `<bk-reach-dashboard>` show figures with: the subheading, the note for a group too small to
 * show, a percentage bar with its figure in words, and the table of units with drill-down, "other" and total rows.
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { percent } from './reach-format.js';

/** A view's heading, where focus goes after the view loaded. */
export function subheading(element, text) {
	return html`<h3 class="subheading" part="subheading" tabindex="-1" data-focus-after-load>${text}</h3>`;
}

/** Says that a group smaller than `minimum` is not shown. */
export function suppressed(element, minimum) {
	return html`<p class="suppressed" part="suppressed">${element.t('reach-dashboard.suppressed', { minimum })}</p>`;
}

/** A bar for a percentage with the same figure in text beside it (never colour alone). */
export function bar(element, value, detail, kind) {
	const width = `${Math.max(0, Math.min(100, value ?? 0))}%`;
	return html`<span class="figure" part="figure ${kind}">
		<span class="bar ${kind}" part="bar ${kind}-bar" aria-hidden="true"><span class="fill" style=${styleMap({ inlineSize: width })}></span></span>
		<span class="figure-text"><strong>${percent(value, element.language)}</strong> ${detail}</span>
	</span>`;
}

function rowName(element, row) {
	const withheld = row.withheldUnits?.length > 0;
	const name = row.direct ? element.t('reach-dashboard.direct', { name: row.name })
		: withheld ? element.t('reach-dashboard.withheld', { name: row.name }) : row.name;
	if (!row.hasSubunits || row.direct) return html`<span part="unit-name">${name}</span>`;
	return html`<button type="button" class="link drill" part="drill-button" @click=${() => element.drillInto(row)}>
		${name}<span class="visually-hidden"> – ${element.t('reach-dashboard.drill')}</span><span aria-hidden="true" class="chevron">›</span></button>`;
}

/** The rows of a post's reach or a unit report with the "other" row and the total, as one table of `columns`. */
export function renderGroups(element, data, kind, columns) {
	const partial = data.withheldUnits?.length > 0;
	const rows = data.groups.map((row) => ({ name: rowName(element, row), figures: row.figures, part: 'row' }));
	if (data.other) rows.push({ name: element.t('reach-dashboard.other', { count: data.otherGroups }), figures: data.other, part: 'row other-row' });
	const caption = element.t(kind === 'post' ? 'reach-dashboard.groups-caption' : 'reach-dashboard.report-caption', { unit: data.unit.name });
	const headers = html`<tr role="row">${[element.t('reach-dashboard.unit'), ...columns.map((column) => column.label)]
		.map((label) => html`<th role="columnheader" scope="col">${label}</th>`)}</tr>`;
	const line = (row) => html`<tr role="row" part=${row.part}>
		<th role="rowheader" scope="row">${row.name}</th>
		${columns.map((column) => html`<td role="cell" data-label=${column.label}>${column.render(row.figures)}</td>`)}
	</tr>`;
	return html`<table class="groups" part="table ${kind}-table" role="table">
		<caption>${caption}</caption>
		<thead role="rowgroup">${headers}</thead>
		<tbody role="rowgroup">${rows.map(line)}</tbody>
		<tfoot role="rowgroup">${line({ name: element.t(partial ? 'reach-dashboard.total-withheld' : 'reach-dashboard.total'), figures: data.total, part: 'row total-row' })}</tfoot>
	</table>
	${partial || data.groups.some((row) => row.withheldUnits?.length > 0)
		? html`<p class="note" part="withheld-note">${element.t('reach-dashboard.withheld-note')}</p>` : ''}`;
}
