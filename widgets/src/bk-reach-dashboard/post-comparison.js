/**
 * The post comparison of `<bk-reach-dashboard>`: the posts of the period within the unit shown
 * (`GET /api/v1/reach/units/{id}/posts`), one row each with reach and acknowledgement, sortable by every column
 * through buttons in the column headers (`aria-sort` says the order).
 */
import { html } from 'lit';
import { count, percent } from './reach-format.js';

/** Column keys and how to read the value each sorts by (a suppressed post sorts last). */
const COLUMNS = {
	title: (line) => line.title,
	publishedAt: (line) => line.publishedAt,
	reach: (line) => line.figures?.reach ?? -1,
	acknowledged: (line) => (line.acknowledgementRequired ? line.figures?.acknowledgementRate ?? -1 : -2),
};

/** The lines in the order `sort` asks for: `{key, descending}`. */
export function sorted(lines, { key, descending }) {
	const value = COLUMNS[key] ?? COLUMNS.publishedAt;
	const order = [...lines].sort((a, b) => {
		const x = value(a);
		const y = value(b);
		if (typeof x === 'string') return x.localeCompare(y, 'sv');
		return x - y;
	});
	return descending ? order.reverse() : order;
}

/** Renders the comparison for `element` (a BkReachDashboard), sorted by its `comparisonSort`. */
export function renderComparison(element, comparison) {
	const lang = element.language;
	const sort = element.comparisonSort;
	const heading = html`<h3 id="compare-heading" class="subheading" part="subheading">${element.t('reach-dashboard.compare')}</h3>`;
	if (!comparison.posts.length) {
		return html`<section part="comparison" aria-labelledby="compare-heading">${heading}
			<p part="comparison-empty">${element.t('reach-dashboard.compare-empty')}</p></section>`;
	}
	const header = (key, label) => {
		const current = sort.key === key;
		return html`<th scope="col" aria-sort=${current ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
			<button type="button" class="link sort" part="sort-button" @click=${() => element.sortComparison(key)}>${label}<span
				aria-hidden="true" class="sort-mark">${current ? (sort.descending ? ' ↓' : ' ↑') : ''}</span></button></th>`;
	};
	const figure = (line, value, part, whole) => (line.suppressed
		? element.t('reach-dashboard.too-few', { minimum: comparison.minimumGroupSize })
		: element.t('reach-dashboard.figure-of', { percent: percent(value, lang), part: count(part, lang), whole: count(whole, lang) }));
	const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium' });
	return html`<section part="comparison" aria-labelledby="compare-heading">${heading}
		<div class="table-wrap" role="region" aria-labelledby="compare-caption" tabindex="0">
			<table class="comparison" part="comparison-table">
				<caption id="compare-caption">${element.t('reach-dashboard.compare-caption', { unit: comparison.unit.name })}</caption>
				<thead><tr>
					${header('title', element.t('reach-dashboard.col-post'))}
					${header('publishedAt', element.t('reach-dashboard.col-published'))}
					${header('reach', element.t('reach-dashboard.reach'))}
					${header('acknowledged', element.t('reach-dashboard.acknowledged'))}
				</tr></thead>
				<tbody>${sorted(comparison.posts, sort).map((line) => html`<tr part="comparison-row">
					<th scope="row">${line.withheld ? element.t('reach-dashboard.withheld', { name: line.title }) : line.title}</th>
					<td>${date.format(new Date(line.publishedAt))}</td>
					<td>${figure(line, line.figures?.reach, line.figures?.readers, line.figures?.audience)}</td>
					<td>${line.acknowledgementRequired
						? figure(line, line.figures?.acknowledgementRate, line.figures?.acknowledged, line.figures?.audience)
						: element.t('reach-dashboard.none')}</td>
				</tr>`)}</tbody>
			</table>
		</div></section>`;
}
