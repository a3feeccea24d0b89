/** The form of `<bk-roles>` that gives a role: whom (searched by name), which role, and where. */
import { html } from 'lit';
/** The roles the hub knows, in the order the form offers them. */
export const ROLES = ['communicator', 'hr', 'admin', 'crisis'];

/** Runs `search` after typing pauses, so each keystroke does not ask the hub. */
function debounced(element, kind) {
	return (event) => {
		clearTimeout(element[`_${kind}Timer`]);
		const text = event.target.value;
		element[`_${kind}Timer`] = setTimeout(() => element.search(kind, text), 250);
	};
}

function set(element, field) {
	return (event) => {
		element.form = { ...element.form, [field]: event.target.value };
	};
}

function choices(element, list, chosen, emptyKey) {
	if (!list.length) return html`<option value="">${element.t(emptyKey)}</option>`;
	return list.map((choice) => html`<option value=${choice.id} ?selected=${choice.id === chosen}>
		${choice.detail ? `${choice.name} (${choice.detail})` : choice.name}</option>`);
}

/** Renders the give form for `element` (a BkRoles). */
export function renderGiveForm(element) {
	const { form } = element;
	const submit = (event) => {
		event.preventDefault();
		element.give();
	};
	return html`<form class="give" part="give-form" aria-labelledby="give-title" @submit=${submit}>
		<h3 id="give-title" class="give-title">${element.t('roles.give-title')}</h3>
		<div class="field">
			<label for="person-search">${element.t('roles.person-search')}</label>
			<input id="person-search" type="search" autocomplete="off" @input=${debounced(element, 'people')}>
		</div>
		<div class="field">
			<label for="person">${element.t('roles.person')}</label>
			<select id="person" @change=${set(element, 'personId')}>${choices(element, form.people, form.personId, 'roles.search-first')}</select>
		</div>
		<div class="field">
			<label for="role">${element.t('roles.role')}</label>
			<select id="role" @change=${set(element, 'role')}>${ROLES.map((role) => html`<option value=${role}
				?selected=${role === form.role}>${element.t(`role.${role}`)}</option>`)}</select>
		</div>
		<fieldset class="field">
			<legend>${element.t('roles.scope')}</legend>
			<label class="choice"><input type="radio" name="scope" value="unit" ?checked=${form.scope === 'unit'}
				@change=${set(element, 'scope')}> ${element.t('roles.scope.unit')}</label>
			<label class="choice"><input type="radio" name="scope" value="whole" ?checked=${form.scope === 'whole'}
				@change=${set(element, 'scope')}> ${element.t('roles.scope.whole')}</label>
		</fieldset>
		${form.scope === 'unit' ? html`<div class="field">
			<label for="unit-search">${element.t('roles.unit-search')}</label>
			<input id="unit-search" type="search" autocomplete="off" @input=${debounced(element, 'units')}>
		</div>
		<div class="field">
			<label for="unit">${element.t('roles.unit')}</label>
			<select id="unit" @change=${set(element, 'unitId')}>${choices(element, form.units, form.unitId, 'roles.search-first')}</select>
		</div>` : ''}
		<button type="submit" class="give-button" part="give-button" ?disabled=${element.busy}>${element.t('roles.give')}</button>
	</form>`;
}
