/**
 * The unit view of `<bk-reach-dashboard>`: the unit report for a period per child unit and the unit's top themes.
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { count, durationInWords } from './reach-format.js';
import { bar, renderGroups, subheading, suppressed } from './reach-table.js';

/** A unit's report and themes for the period. */
export function renderUnit(element, report, themes) {
	const { from, to } = element.period;
	return html`${subheading(element, element.t('reach-dashboard.unit-heading', { unit: report.unit.name, from, to }))}
		${report.suppressed ? suppressed(element, report.minimumGroupSize) : renderGroups(element, report, 'unit', unitColumns(element))}
		${renderThemes(element, themes)}`;
}

function unitColumns(element) {
	const lang = element.language;
	const duration = (iso) => (iso ? durationInWords(iso, lang, element.t('reach-dashboard.under-a-minute')) : element.t('reach-dashboard.none'));
	return [
		{ label: element.t('reach-dashboard.people'), render: (f) => count(f.people, lang) },
		{ label: element.t('reach-dashboard.posts'), render: (f) => count(f.posts, lang) },
		{ label: element.t('reach-dashboard.mean-reach'), render: (f) => bar(element, f.meanReach, '', 'reach') },
		{ label: element.t('reach-dashboard.mean-acknowledged'), render: (f) => (f.meanAcknowledgementRate === null || f.meanAcknowledgementRate === undefined
			? element.t('reach-dashboard.none') : bar(element, f.meanAcknowledgementRate, '', 'acknowledged')) },
		{ label: element.t('reach-dashboard.median-time-to-50'), render: (f) => duration(f.medianTimeTo50) },
		{ label: element.t('reach-dashboard.comments'), render: (f) => count(f.comments, lang) },
		{ label: element.t('reach-dashboard.questions'), render: (f) => element.t('reach-dashboard.answered-of', {
			answered: count(f.questionsAnswered, lang), asked: count(f.questionsAsked, lang) }) },
		{ label: element.t('reach-dashboard.median-answer-time'), render: (f) => duration(f.medianAnswerTime) },
	];
}

function renderThemes(element, themes) {
	const lang = element.language;
	let body;
	if (themes.suppressed) body = suppressed(element, themes.minimumGroupSize);
	else if (themes.themes.length === 0) body = html`<p part="themes-empty">${element.t('reach-dashboard.themes-empty')}</p>`;
	else {
		const most = Math.max(...themes.themes.map((theme) => theme.texts), 1);
		body = html`<p part="themes-source">${element.t('reach-dashboard.themes-source', {
			comments: count(themes.comments, lang), questions: count(themes.questions, lang) })}</p>
			<ol class="themes" part="themes">${themes.themes.map((theme) => html`<li part="theme">
				<span class="theme-name">${theme.theme}</span>
				<span class="theme-count">${element.t('reach-dashboard.texts', { count: count(theme.texts, lang) })}</span>
				<span class="bar themes-bar" part="bar theme-bar" aria-hidden="true"><span class="fill" style=${styleMap({ inlineSize: `${(100 * theme.texts) / most}%` })}></span></span>
			</li>`)}</ol>`;
	}
	return html`<section class="themes-section" part="themes-section" aria-labelledby="themes-heading">
		<h3 id="themes-heading" class="subheading" part="subheading">${element.t('reach-dashboard.themes')}</h3>
		${body}
	</section>`;
}
