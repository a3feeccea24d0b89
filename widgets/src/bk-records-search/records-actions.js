/**
 * The two actions of `bk-records-search` below its results: the disclosure package (the choice, an optional reference
 * number, making it and downloading it as PDF or JSON) and the register extract for one person.
 */
import { html, nothing } from 'lit';
import { heading } from '../shared/heading.js';
import { renderRecordsError } from '../shared/records.js';

function downloads(element, part, download) {
	const waiting = element.busy === 'download';
	return html`<div class="actions" part=${part}>
		<button type="button" class="secondary" part="pdf-button" aria-disabled=${waiting} @click=${() => download('pdf')}>${element.t('records.download-pdf')}</button>
		<button type="button" class="secondary" part="json-button" aria-disabled=${waiting} @click=${() => download('json')}>${element.t('records.download-json')}</button>
	</div>`;
}

/** The choice and the disclosure package; `handlers` are `{clear(), create(event), download(format)}`. */
export function renderPackage(element, level, handlers) {
	const count = element.chosen.size;
	return html`<section class="part" part="disclosure" aria-labelledby="disclosure-heading">
		${heading(level, { id: 'disclosure-heading', cls: 'section-heading', part: 'section-heading' }, element.t('records-search.disclosure'))}
		<p class="meta" part="chosen" aria-live="polite">${element.t('records-search.selected', { count })}</p>
		<form class="disclosure-form" novalidate @submit=${handlers.create}>
			<div class="field"><label for="reference">${element.t('records-search.reference')}</label>
				<input id="reference" name="reference" type="text" part="reference-input" maxlength="200" autocomplete="off"></div>
			<div class="actions">
				<button type="submit" part="create-button" aria-disabled=${element.busy === 'disclosure'}>${element.t('records-search.create')}</button>
				${count ? html`<button type="button" class="secondary" part="clear-button" @click=${handlers.clear}>${element.t('records-search.clear')}</button>` : nothing}
			</div>
		</form>
		${renderRecordsError(element.errors.disclosure, 'disclosure-error')}
		${element.disclosure ? html`<div class="package" part="package">
			${heading(level + 1, { id: 'package-heading', cls: 'section-heading', part: 'package-heading', focusable: true }, element.t('records-search.package'))}
			<p>${element.t('records-search.package-made', { count: element.disclosure.count })}</p>
			<p class="meta code">${element.disclosure.id}</p>
			${downloads(element, 'package-downloads', handlers.download)}
		</div>` : nothing}
	</section>`;
}

/** The register extract for one person; `handlers` are `{input(event), download(format)}`. */
export function renderExtract(element, level, handlers) {
	const { person } = element;
	return html`<section class="part" part="extract" aria-labelledby="extract-heading">
		${heading(level, { id: 'extract-heading', cls: 'section-heading', part: 'section-heading' }, element.t('records-search.extract'))}
		<p class="hint" id="extract-hint">${element.t('records-search.extract-lead')}</p>
		<div class="field"><label for="person">${element.t('records-search.person')}</label>
			<input id="person" type="text" part="person-input" autocomplete="off" spellcheck="false" aria-describedby="extract-hint"
				.value=${person?.id ?? ''} @input=${handlers.input}></div>
		${person?.name ? html`<p class="meta" part="person-chosen">${element.t('records-search.person-chosen', { name: person.name })}</p>` : nothing}
		${downloads(element, 'extract-downloads', handlers.download)}
		${renderRecordsError(element.errors.extract, 'extract-error')}
	</section>`;
}
