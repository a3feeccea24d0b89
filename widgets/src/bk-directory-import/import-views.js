/** The preview and history parts of `bk-directory-import`, kept apart so the element stays small. */
import { html, nothing } from 'lit';

const KINDS = ['added', 'updated', 'moved', 'deactivated'];

const COUNTS = {
	added: (changes) => changes.peopleAdded,
	updated: (changes) => changes.peopleUpdated + changes.peopleReactivated,
	moved: (changes) => changes.peopleMoved,
	deactivated: (changes) => changes.peopleDeactivated,
};

/** The counts per kind of change, the first people of each, the warnings, the confirmation and the apply button. */
export function renderPreview(element, preview) {
	const t = (key, values) => element.t(key, values);
	const { deactivation } = preview;
	return html`<div class="preview" part="preview" role="region" aria-labelledby="preview-title">
		<h3 class="subtitle" id="preview-title">${t('directory-import.preview-title', { total: preview.total })}</h3>
		<div class="table-wrap" tabindex="0" role="region" aria-labelledby="counts-caption">
			<table>
				<caption id="counts-caption">${t('directory-import.people')}</caption>
				<thead><tr><th scope="col">${t('directory-import.kind')}</th><th scope="col">${t('directory-import.count')}</th>
					<th scope="col">${t('directory-import.first')}</th></tr></thead>
				<tbody>${KINDS.map((kind) => html`<tr>
					<th scope="row">${t(`directory-import.kind.${kind}`)}</th>
					<td>${COUNTS[kind](preview.changes)}</td>
					<td>${preview.first[kind].length ? preview.first[kind].map((person) => person.name).join(', ') : '–'}</td>
				</tr>`)}</tbody>
			</table>
		</div>
		<p>${t('directory-import.units', { added: preview.changes.unitsAdded, deactivated: preview.changes.unitsDeactivated })}</p>
		${preview.leavesNoAdmin ? html`<p class="warning" part="warning">${t('directory-import.warning.no-admin')}</p>` : nothing}
		${!preview.leavesNoAdmin && preview.needsConfirmation ? html`
			<p class="warning" part="warning">${t('directory-import.warning.large', {
				deactivated: deactivation.peopleDeactivated, active: deactivation.activePeople, admins: deactivation.adminsDeactivated })}</p>
			<div class="confirm">
				<input id="confirm" type="checkbox" part="confirm" .checked=${element.confirmed}
					@change=${(event) => element.setConfirmed(event.target.checked)}>
				<label for="confirm">${t('directory-import.confirm', { deactivated: deactivation.peopleDeactivated })}</label>
			</div>` : nothing}
		<button type="button" part="apply-button" aria-disabled=${element.applyDisabled ? 'true' : 'false'}
			@click=${() => element.apply()}>${t('directory-import.apply')}</button>
	</div>`;
}

/** The latest imports and syncs, newest first. */
export function renderHistory(element, entries) {
	const t = (key, values) => element.t(key, values);
	if (!entries.length) return html`<p class="empty" part="empty">${t('directory-import.no-history')}</p>`;
	const when = new Intl.DateTimeFormat(element.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short' });
	return html`<div class="table-wrap" part="history" role="region" aria-labelledby="history-caption" tabindex="0">
		<table>
			<caption id="history-caption">${t('directory-import.history-caption')}</caption>
			<thead><tr>
				<th scope="col">${t('directory-import.col.when')}</th>
				<th scope="col">${t('directory-import.col.source')}</th>
				<th scope="col">${t('directory-import.col.by')}</th>
				<th scope="col">${t('directory-import.col.changes')}</th>
			</tr></thead>
			<tbody>${entries.map((entry) => html`<tr>
				<td>${when.format(new Date(entry.appliedAt))}</td>
				<td>${entry.source}</td>
				<td>${entry.appliedBy?.name ?? t('directory-import.by-system')}</td>
				<td>${entry.total}</td>
			</tr>`)}</tbody>
		</table>
	</div>`;
}
