/**
 * The sending form of `<bk-crisis-console>`: an optional template (`GET /api/v1/crises/templates`) whose placeholders
 * (`{plats}`) each get a field and are filled into the title and text before sending, the title, what has happened and
 * what to do, the severity, the question asked, ”ÖVNING”, and the units whose subtrees it goes to.
 */
import { html, nothing } from 'lit';

export const SEVERITIES = ['INFORMATION', 'WARNING', 'CRITICAL'];
export const CONFIRMATIONS = ['RECEIVED', 'SAFETY'];

/** A fresh draft. */
export function emptyDraft() {
	return { template: null, values: {}, title: '', body: '', severity: 'WARNING', confirmation: 'SAFETY', exercise: false,
		targets: new Set(), filter: '' };
}

/** `text` with every `{name}` of the template's placeholders replaced by what was filled in. */
export function fill(text, draft) {
	let filled = text;
	for (const name of draft.template?.placeholders ?? []) filled = filled.replaceAll(`{${name}}`, draft.values[name] ?? '');
	return filled;
}

/** The draft from `template`: its title, text, severity and question, placeholders still to fill. */
export function fromTemplate(draft, template) {
	if (!template) return { ...draft, template: null, values: {} };
	return { ...draft, template, values: Object.fromEntries((template.placeholders ?? []).map((name) => [name, ''])),
		title: template.title ?? '', body: template.body ?? '', severity: template.severity ?? draft.severity,
		confirmation: template.confirmation ?? draft.confirmation };
}

/** The fields left wrong, as `[{field, key}]` (catalogue keys), empty when the draft can be sent. */
export function draftErrors(draft) {
	const errors = [];
	for (const name of draft.template?.placeholders ?? []) {
		if (!String(draft.values[name] ?? '').trim()) errors.push({ field: `placeholder-${name}`, key: 'crisis.console.error.placeholder', name });
	}
	if (!fill(draft.title, draft).trim() || fill(draft.title, draft).length > 200) errors.push({ field: 'title', key: 'crisis.console.error.title' });
	if (!fill(draft.body, draft).trim()) errors.push({ field: 'body', key: 'crisis.console.error.body' });
	if (draft.targets.size === 0) errors.push({ field: 'targets', key: 'crisis.console.error.targets' });
	return errors;
}

/** The request body for `POST /api/v1/crises`. */
export function crisisRequest(draft) {
	const request = { title: fill(draft.title, draft).trim(), body: fill(draft.body, draft).trim(), severity: draft.severity,
		targets: [...draft.targets].map((unitId) => ({ unitId })), confirmation: draft.confirmation, exercise: draft.exercise };
	if (draft.template) Object.assign(request, { templateId: draft.template.id, templateVersion: draft.template.version });
	return request;
}

/** The units offered: the top levels, or every unit whose name matches the filter. */
function shownUnits(targets, filter) {
	const query = filter.trim().toLowerCase();
	if (query) return targets.filter((unit) => unit.name.toLowerCase().includes(query));
	const top = Math.min(...targets.map((unit) => unit.depth ?? 0));
	return targets.filter((unit) => (unit.depth ?? 0) <= top + 2);
}

/** Renders the form for `element` (a BkCrisisConsole): `draft`, `errors`, `change(draft)` and `send()` are its own. */
export function renderForm(element, templates, targets) {
	const { draft } = element;
	const t = (key, params) => element.t(key, params);
	const invalid = (field) => element.errors.some((error) => error.field === field);
	const set = (changes) => element.change({ ...draft, ...changes });
	const units = shownUnits(targets, draft.filter);
	return html`<form class="form" part="form" novalidate @submit=${(event) => { event.preventDefault(); element.send(); }}>
		${element.errors.length ? html`<div class="errors" role="alert" part="errors"><p>${t('crisis.console.errors')}</p>
			<ul>${element.errors.map((error) => html`<li><a href=${`#${error.field}`} @click=${(event) => element.focusField(event, error.field)}>${t(error.key, { name: error.name })}</a></li>`)}</ul></div>` : nothing}
		${templates?.length ? html`<div class="field"><label for="template">${t('crisis.console.template')}</label>
			<select id="template" part="template" @change=${(event) => element.change(fromTemplate(draft, templates.find((item) => item.id === event.target.value)))}>
				<option value="" ?selected=${!draft.template}>${t('crisis.console.no-template')}</option>
				${templates.map((item) => html`<option value=${item.id} ?selected=${draft.template?.id === item.id}>${item.name}</option>`)}
			</select></div>` : nothing}
		${(draft.template?.placeholders ?? []).map((name) => html`<div class="field"><label for=${`placeholder-${name}`}>${t('crisis.console.placeholder', { name })}</label>
			<input id=${`placeholder-${name}`} part="placeholder" .value=${draft.values[name] ?? ''} aria-invalid=${invalid(`placeholder-${name}`) ? 'true' : 'false'}
				@input=${(event) => set({ values: { ...draft.values, [name]: event.target.value } })}></div>`)}
		<div class="field"><label for="title">${t('crisis.console.title')}</label>
			<input id="title" part="title" maxlength="200" .value=${draft.title} aria-invalid=${invalid('title') ? 'true' : 'false'}
				@input=${(event) => set({ title: event.target.value })}></div>
		<div class="field"><label for="body">${t('crisis.console.body')}</label>
			<textarea id="body" part="body" rows="5" .value=${draft.body} aria-invalid=${invalid('body') ? 'true' : 'false'}
				@input=${(event) => set({ body: event.target.value })}></textarea></div>
		<fieldset part="severity"><legend>${t('crisis.console.severity')}</legend>
			${SEVERITIES.map((severity) => html`<label class="choice"><input type="radio" name="severity" .checked=${draft.severity === severity}
				@change=${() => set({ severity })}> ${t(`crisis.console.severity.${severity}`)}</label>`)}</fieldset>
		<fieldset part="confirmation"><legend>${t('crisis.console.confirmation')}</legend>
			${CONFIRMATIONS.map((confirmation) => html`<label class="choice"><input type="radio" name="confirmation" .checked=${draft.confirmation === confirmation}
				@change=${() => set({ confirmation })}> ${t(`crisis.console.confirmation.${confirmation}`)}</label>`)}</fieldset>
		<label class="choice exercise-choice"><input type="checkbox" part="exercise-box" .checked=${draft.exercise}
			@change=${(event) => set({ exercise: event.target.checked })}> ${t('crisis.console.exercise')}</label>
		<fieldset id="targets" tabindex="-1" part="targets" aria-invalid=${invalid('targets') ? 'true' : 'false'}><legend>${t('crisis.console.targets')}</legend>
			<p class="hint" id="targets-hint">${t('crisis.console.targets-hint')}</p>
			<label for="filter">${t('crisis.console.filter')}</label>
			<input id="filter" type="search" part="filter" .value=${draft.filter} aria-describedby="targets-hint" @input=${(event) => set({ filter: event.target.value })}>
			<ul class="units">${units.map((unit) => html`<li class=${`depth-${Math.min(unit.depth ?? 0, 4)}`}><label class="choice">
				<input type="checkbox" part="unit-box" .checked=${draft.targets.has(unit.unitId)} @change=${(event) => {
					const chosen = new Set(draft.targets);
					if (event.target.checked) chosen.add(unit.unitId); else chosen.delete(unit.unitId);
					set({ targets: chosen });
				}}> ${unit.name}</label></li>`)}</ul>
		</fieldset>
		<div class="actions"><button type="submit" part="send-button" ?disabled=${element.busy}>${t(draft.exercise ? 'crisis.console.send-exercise' : 'crisis.console.send')}</button></div>
	</form>`;
}
