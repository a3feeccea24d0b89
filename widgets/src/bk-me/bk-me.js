/**
 * `<bk-me>` shows who the signed-in person is to Budkavle: name, e-mail, units, the units they manage,
 * their manager and their roles, from `GET /api/v1/me`.
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { heading } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-me.styles.js';

const DEFAULT_HEADING_LEVEL = 2;

export class BkMe extends BkElement {
	static elementName = 'bk-me';
	static styles = [sharedStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
	};

	constructor() {
		super();
		/** Level of the name heading (1–6); the section headings are one level below. */
		this.headingLevel = DEFAULT_HEADING_LEVEL;
	}

	fetchData(api, signal) {
		return api.get('me', { signal });
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${state.status === 'loading'}
			aria-labelledby=${state.status === 'loaded' ? 'name' : nothing}>
			${this.renderStatus(this.t('me.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderPerson(state.data) : nothing}
		</section>`;
	}

	#renderPerson(me) {
		const level = this.headingLevelOr();
		const section = (key, part, body) => html`<section class="section" part="section ${part}" aria-labelledby="${part}-heading">
			${heading(level + 1, { id: `${part}-heading`, cls: 'section-heading', part: 'section-heading' }, this.t(key))}
			${body}
		</section>`;
		const manages = me.manages ?? [];
		return html`${heading(level, { id: 'name', cls: 'name', part: 'name', focusable: true, focusAfterLoad: true },
				html`<span class="eyebrow">${this.t('me.signed-in-as')}</span> ${me.displayName}`)}
			${me.email
				? html`<p class="email" part="email"><span class="email-label">${this.t('me.email')}</span><a href="mailto:${me.email}">${me.email}</a></p>`
				: nothing}
			<div class="sections">
				${section('me.units', 'units', this.#list(me.units, (unit) => unit.name, 'me.no-units'))}
				${manages.length > 0 ? section('me.manages', 'manages', this.#list(manages, (unit) => unit.name)) : nothing}
				${section('me.manager', 'manager', me.manager
					? html`<p part="manager-name">${me.manager.displayName}</p>`
					: html`<p class="empty" part="empty">${this.t('me.no-manager')}</p>`)}
				${section('me.roles', 'roles', me.scopes
					? this.#list(me.scopes, (held) => this.#heldRole(held), 'me.no-roles')
					: this.#list(me.roles, (role) => this.#roleName(role), 'me.no-roles'))}
			</div>`;
	}

	#list(items, label, emptyKey) {
		if (!items?.length) return html`<p class="empty" part="empty">${this.t(emptyKey)}</p>`;
		return html`<ul part="list">${items.map((item) => html`<li part="item">${label(item)}</li>`)}</ul>`;
	}

	/** A role and where it holds: a unit's subtree, or (no unit) the whole organisation. */
	#heldRole({ role, unitName }) {
		return unitName ? this.t('me.role-in', { role: this.#roleName(role), unit: unitName }) : this.#roleName(role);
	}

	#roleName(role) {
		const key = `role.${role}`;
		const name = this.t(key);
		return name === key ? role : name;
	}
}
