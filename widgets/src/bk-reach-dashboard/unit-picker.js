/**
 * The unit picker of `<bk-reach-dashboard>`: a search field over the units the viewer may see
 * (`GET /api/v1/reach/units?q=`), each result a button with the unit's path from the top of the viewer's scope.
 */
import { html, nothing } from 'lit';

const PAUSE_MS = 250;

/** Renders the picker for `element` (a BkReachDashboard) with its `unitSearch` state `{text, units}`. */
export function renderUnitPicker(element) {
	const { text = '', units = [] } = element.unitSearch ?? {};
	const input = (event) => {
		clearTimeout(element.unitSearchTimer);
		const value = event.target.value;
		element.unitSearchTimer = setTimeout(() => element.searchUnits(value), PAUSE_MS);
	};
	const searched = text.trim().length > 0;
	return html`<div class="picker" part="unit-picker" role="search">
		<label for="unit-search">${element.t('reach-dashboard.pick')}</label>
		<input id="unit-search" type="search" part="input unit-search" autocomplete="off" .value=${text} @input=${input}>
		<p class="picker-status" role="status" part="unit-search-status">${searched
			? element.t(units.length ? 'reach-dashboard.pick-found' : 'reach-dashboard.pick-none', { count: units.length })
			: ''}</p>
		${searched && units.length ? html`<ul class="choices" part="unit-choices">${units.map((unit) => html`<li>
			<button type="button" class="choice link" part="unit-choice" @click=${() => element.pickUnit(unit)}>
				<span class="choice-name">${unit.name}</span>
				${unit.path.length ? html`<span class="choice-path">${unit.path.map((up) => up.name).join(' › ')}</span>` : nothing}
			</button></li>`)}</ul>` : nothing}
	</div>`;
}
