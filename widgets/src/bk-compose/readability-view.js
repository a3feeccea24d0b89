/**
 * The readability meter of `bk-compose`: LIX with its level in words, long sentences and bureaucratic words with
 * plainer suggestions. A short summary sits in a polite live region, so screen readers hear changes without
 * losing their place; the details are plain text beside it. Advice only.
 */
import { html, nothing } from 'lit';

const LEVEL_SCALE_MAX = 70;
const SENTENCE_PREVIEW = 140;

function preview(text) {
	return text.length > SENTENCE_PREVIEW ? `${text.slice(0, SENTENCE_PREVIEW - 1)}…` : text;
}

/** The summary sentence the live region speaks, or '' before there is a result. */
export function readabilitySummary(element) {
	const { readability } = element;
	if (readability.status === 'failed') return element.t('compose.readability.failed');
	const result = readability.result;
	if (!result) return '';
	const lix = new Intl.NumberFormat(element.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 0 }).format(result.lix);
	return element.t('compose.readability.summary', {
		lix,
		level: element.t(`compose.readability.level.${result.level}`),
		sentences: result.longSentences?.length ?? 0,
		words: result.flaggedWords?.length ?? 0,
	});
}

export function readabilityView(element) {
	const result = element.readability.result;
	const width = result ? Math.min(result.lix, LEVEL_SCALE_MAX) / LEVEL_SCALE_MAX * 100 : 0;
	return html`<section class="readability" part="readability" aria-labelledby="readability-heading">
		<p class="readability-heading" id="readability-heading">${element.t('compose.readability.heading')}</p>
		<p class="hint">${element.t('compose.readability.advice')}</p>
		<p class="readability-summary" part="readability-summary" aria-live="polite">${readabilitySummary(element)}</p>
		${result ? html`<div class="lix-bar level-${result.level}" part="lix-bar" aria-hidden="true"><span style="inline-size: ${width}%"></span></div>` : nothing}
		${result?.longSentences?.length ? html`<div class="readability-details">
			<p class="details-heading">${element.t('compose.readability.long-sentences')}</p>
			<ul part="long-sentences">${result.longSentences.map((sentence) => html`<li>
				${element.t('compose.readability.sentence-words', { words: sentence.words })}: <q>${preview(sentence.text)}</q></li>`)}</ul>
		</div>` : nothing}
		${result?.flaggedWords?.length ? html`<div class="readability-details">
			<p class="details-heading">${element.t('compose.readability.flagged-words')}</p>
			<ul part="flagged-words">${result.flaggedWords.map((word) => html`<li>
				${element.t('compose.readability.flagged', { word: (word.found?.length ? word.found.join(', ') : word.word), suggestion: word.suggestion, count: word.count })}</li>`)}</ul>
		</div>` : nothing}
	</section>`;
}
