/**
 * `<bk-roles>` lets an administrator see who holds the roles communicator, HR and administrator, and where (the whole
 * organisation or a unit with its subunits), give a role and withdraw one. An administrator of part of the
 * organisation sees and changes only the roles inside their part. Uses `GET /api/v1/roles`,
 * `GET /api/v1/roles/people?q=`, `GET /api/v1/roles/units?q=` and `PUT`/`DELETE /api/v1/roles/{person}/{role}?unitId=`.
 *
 * @fires bk-role-given - detail `{ personId, role, unitId }` after a role was given
 * @fires bk-role-withdrawn - detail `{ personId, role, unitId }` after a role was withdrawn
 * @csspart base - the whole element
 * @csspart grants - the table of roles held
 * @csspart withdraw-button - each row's withdraw button
 * @csspart give-form - the form that gives a role
 * @csspart give-button - the form's submit button
 * @csspart more-button - loads the next page of roles
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-roles.styles.js';
import { renderGiveForm } from './give-form.js';

const query = (unitId) => (unitId ? `?unitId=${encodeURIComponent(unitId)}` : '');

export class BkRoles extends BkElement {
	static elementName = 'bk-roles';
	static styles = [sharedStyles, styles];
	static properties = {
		form: { attribute: false, state: true },
		message: { attribute: false, state: true },
		failure: { attribute: false, state: true },
		busy: { attribute: false, state: true },
	};

	constructor() {
		super();
		/** The give form: search texts, choices found and what is chosen. */
		this.form = { people: [], units: [], personId: '', role: 'communicator', scope: 'unit', unitId: '' };
		this.message = '';
		this.failure = null;
		this.busy = false;
	}

	fetchData(api, signal) {
		return api.get('roles?limit=50', { signal });
	}

	/** Looks up people or units for the form's choice lists. */
	async search(kind, text) {
		try {
			const found = await this.api.get(`roles/${kind}?q=${encodeURIComponent(text ?? '')}`);
			const chosen = kind === 'people' ? 'personId' : 'unitId';
			this.form = { ...this.form, [kind]: found, [chosen]: found[0]?.id ?? '' };
		} catch (error) {
			this.failure = error;
		}
	}

	/** Gives the role chosen in the form. */
	async give() {
		const { personId, role, scope, unitId } = this.form;
		if (!personId || (scope === 'unit' && !unitId)) {
			this.failure = { key: 'roles.error.choose' };
			return;
		}
		const where = scope === 'unit' ? unitId : null;
		await this.#change('PUT', { personId, role, unitId: where }, 'roles.given', 'bk-role-given');
	}

	/** Withdraws one standing grant. */
	withdraw(grant) {
		return this.#change('DELETE', { personId: grant.personId, role: grant.role, unitId: grant.unitId },
			'roles.withdrawn', 'bk-role-withdrawn');
	}

	async #change(method, detail, messageKey, event) {
		this.busy = true;
		this.failure = null;
		this.message = '';
		try {
			await this.api.send(method, `roles/${detail.personId}/${detail.role}${query(detail.unitId)}`);
			this.message = this.t(messageKey);
			this.emit(event, detail);
			await this.refresh();
		} catch (error) {
			this.failure = error;
		} finally {
			this.busy = false;
		}
	}

	async #more(next) {
		try {
			const page = await this.api.get(`roles?limit=50&after=${encodeURIComponent(next)}`);
			const { data } = this.state;
			this.state = { status: 'loaded', data: { items: [...data.items, ...page.items], next: page.next } };
		} catch (error) {
			this.failure = error;
		}
	}

	#failureText(error) {
		if (error?.key) return this.t(error.key);
		const type = error?.type ?? '';
		if (type.endsWith(':role-grant-forbidden')) return this.t('roles.error.forbidden');
		return this.t(this.errorMessageKey(error), { status: error?.status ?? '?' });
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-labelledby="title"
			aria-busy=${state.status === 'loading'}>
			<h2 id="title" class="title" part="title">${this.t('roles.title')}</h2>
			<p class="intro">${this.t('roles.intro')}</p>
			${this.renderStatus(this.t('roles.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderGrants(state.data) : nothing}
			${state.status === 'loaded' ? renderGiveForm(this) : nothing}
			<p class="message" role="status" part="message">${this.message}</p>
			${this.failure ? html`<p class="failure" role="alert" part="failure">${this.#failureText(this.failure)}</p>` : nothing}
		</section>`;
	}

	#where(grant) {
		return grant.unitId ? grant.unitName : this.t('roles.whole-organisation');
	}

	#renderGrants({ items = [], next }) {
		if (!items.length) return html`<p class="empty" part="empty">${this.t('roles.none')}</p>`;
		return html`<div id="grants-region" class="table-wrap" role="region" aria-labelledby="grants-caption" tabindex="0">
			<table part="grants">
				<caption id="grants-caption">${this.t('roles.held')}</caption>
				<thead><tr>
					<th scope="col">${this.t('roles.col.person')}</th>
					<th scope="col">${this.t('roles.col.role')}</th>
					<th scope="col">${this.t('roles.col.where')}</th>
					<th scope="col"><span class="visually-hidden">${this.t('roles.col.actions')}</span></th>
				</tr></thead>
				<tbody>${items.map((grant) => html`<tr>
					<td>${grant.displayName}</td>
					<td>${this.t(`role.${grant.role}`)}</td>
					<td>${this.#where(grant)}</td>
					<td><button type="button" part="withdraw-button" ?disabled=${this.busy} @click=${() => this.withdraw(grant)}
						aria-label=${this.t('roles.withdraw-label', { role: this.t(`role.${grant.role}`), name: grant.displayName, where: this.#where(grant) })}>
						${this.t('roles.withdraw')}</button></td>
				</tr>`)}</tbody>
			</table>
		</div>
		${next ? html`<button type="button" class="more" part="more-button" @click=${() => this.#more(next)}>${this.t('roles.more')}</button>` : nothing}`;
	}
}
