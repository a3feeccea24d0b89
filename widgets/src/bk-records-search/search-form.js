/** The search form of `bk-records-search`: words, period, unit and the kinds of record. */
import { html } from 'lit';

export const RECORD_TYPES = ['post', 'comment', 'question', 'answer'];

/** The form; `element.units` are the unit choices and `onSubmit` searches. */
export function renderSearchForm(element, units, onSubmit) {
	const t = (key, params) => element.t(key, params);
	return html`<form class="search" part="search-form" novalidate @submit=${onSubmit}>
		<div class="fields">
			<div class="field field-wide"><label for="text">${t('records-search.text')}</label>
				<input id="text" name="text" type="search" part="text-input" maxlength="200" autocomplete="off"></div>
			<div class="field"><label for="from">${t('records-search.from')}</label>
				<input id="from" name="from" type="date" part="from-input"></div>
			<div class="field"><label for="to">${t('records-search.to')}</label>
				<input id="to" name="to" type="date" part="to-input"></div>
			<div class="field"><label for="unit">${t('records-search.unit')}</label>
				<select id="unit" name="unit" part="unit-select">
					<option value="">${t('records-search.all-units')}</option>
					${units.map((unit) => html`<option value=${unit.id}>${unit.name}</option>`)}
				</select></div>
		</div>
		<fieldset part="types">
			<legend>${t('records-search.types')}</legend>
			<div class="checks">${RECORD_TYPES.map((type) => html`<label class="check"><input type="checkbox" name="types"
				value=${type} part="type-checkbox" checked> ${t(`records-search.type-option.${type}`)}</label>`)}</div>
		</fieldset>
		<div class="actions"><button type="submit" part="search-button">${t('records-search.search')}</button></div>
	</form>`;
}

/** What the form asks for: `{text, from, to, unitId, types}` with dates as entered. */
export function readSearchForm(form) {
	const data = new FormData(form);
	return {
		text: String(data.get('text') ?? '').trim(),
		from: String(data.get('from') ?? ''),
		to: String(data.get('to') ?? ''),
		unitId: String(data.get('unit') ?? ''),
		types: data.getAll('types').map(String),
	};
}
