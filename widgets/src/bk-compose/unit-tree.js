/**
 * The unit picker of `bk-compose`: the units the viewer may post to as an ARIA tree (one tab stop; arrow keys move,
 * Right/Left open and close, Home/End, Space or Enter chooses), searchable, never cut short. A unit chosen "med
 * underenheter" shows every unit below it as included too (ticked, not choosable on its own, with a note saying
 * through which unit), so what is ticked is what the post reaches.
 */
import { html, nothing } from 'lit';

/** Levels below the top that start open, so a manager sees their units and a communicator the förvaltningar. */
const OPEN_LEVELS = 2;

/** The units as a tree: parents, children and tree order, from the targets endpoint's flat, tree-ordered list. */
export function unitIndex(units) {
	const byId = new Map(units.map((unit) => [unit.unitId, unit]));
	const children = new Map();
	const roots = [];
	for (const unit of units) {
		const parent = byId.has(unit.parentId) ? unit.parentId : undefined;
		if (parent === undefined) roots.push(unit.unitId);
		else children.set(parent, [...(children.get(parent) ?? []), unit.unitId]);
	}
	const parentOf = (id) => (byId.has(byId.get(id)?.parentId) ? byId.get(id).parentId : undefined);
	return { byId, children, roots, parentOf };
}

/** The nearest unit above `id` chosen with its subunits, or undefined. */
export function includedThrough(index, chosen, id) {
	for (let parent = index.parentOf(id); parent !== undefined; parent = index.parentOf(parent)) {
		if (chosen.get(parent)?.includeSubunits) return parent;
	}
	return undefined;
}

/** Every unit below `id`. */
export function descendants(index, id) {
	const below = [];
	const stack = [...(index.children.get(id) ?? [])];
	while (stack.length) {
		const next = stack.pop();
		below.push(next);
		stack.push(...(index.children.get(next) ?? []));
	}
	return below;
}

export class UnitTree {
	/** Units opened (or closed) by the writer; the rest follow OPEN_LEVELS. */
	#open = new Map();
	#active;
	#chosen = new Map();
	#focusActive = false;

	/**
	 * @param {import('lit').ReactiveControllerHost & HTMLElement & {t: Function, language: string}} host
	 * @param {{toggle: (id: string) => void, setSubunits: (id: string, include: boolean) => void}} actions what
	 *   choosing a unit, and choosing whether its subunits come along, do
	 */
	constructor(host, actions) {
		this.host = host;
		this.actions = actions;
		this.filter = '';
		host.addController(this);
	}

	hostUpdated() {
		if (!this.#focusActive) return;
		this.#focusActive = false;
		this.host.renderRoot.querySelector(`[role="treeitem"][tabindex="0"]`)?.focus();
	}

	/** The element keyboard users land on first, for focusing the picker after an error. */
	focus() {
		this.host.renderRoot.querySelector(`[role="treeitem"][tabindex="0"]`)?.focus();
	}

	#isOpen(index, id, level) {
		return this.#open.get(id) ?? level <= OPEN_LEVELS;
	}

	/** The rows shown, in tree order, with their level and place among the siblings shown. */
	rows(index) {
		const query = this.filter.trim().toLocaleLowerCase(this.host.language);
		const wanted = query ? this.#matching(index, query) : undefined;
		const rows = [];
		const visit = (ids, level) => {
			const shown = wanted ? ids.filter((id) => wanted.has(id)) : ids;
			shown.forEach((id, position) => {
				const hasChildren = (index.children.get(id) ?? []).length > 0;
				const open = hasChildren && (wanted !== undefined || this.#isOpen(index, id, level));
				rows.push({ id, level, position: position + 1, size: shown.length, hasChildren, open });
				if (open) visit(index.children.get(id), level + 1);
			});
		};
		visit(index.roots, 1);
		return rows;
	}

	/** The units whose name holds the query, and the units above them so they show in place. */
	#matching(index, query) {
		const wanted = new Set();
		for (const [id, unit] of index.byId) {
			if (!String(unit.name).toLocaleLowerCase(this.host.language).includes(query)) continue;
			for (let at = id; at !== undefined && !wanted.has(at); at = index.parentOf(at)) wanted.add(at);
		}
		return wanted;
	}

	/** How many units match the search, or undefined without one. */
	matches(index) {
		const query = this.filter.trim().toLocaleLowerCase(this.host.language);
		if (!query) return undefined;
		return [...index.byId.values()].filter((unit) => String(unit.name).toLocaleLowerCase(this.host.language).includes(query)).length;
	}

	render(index, chosen, { invalid, labelledBy, describedBy }) {
		const rows = this.rows(index);
		this.#chosen = chosen;
		if (!rows.some((row) => row.id === this.#active)) this.#active = rows[0]?.id;
		const partly = new Set();
		for (const id of chosen.keys()) for (let at = index.parentOf(id); at !== undefined; at = index.parentOf(at)) partly.add(at);
		// A tree without items is not a tree: a search that finds nothing says so in its status instead.
		if (rows.length === 0) return nothing;
		return html`<ul class="tree ${invalid ? 'invalid' : ''}" role="tree" part="unit-tree" aria-multiselectable="true"
			aria-labelledby=${labelledBy} aria-describedby=${describedBy ?? nothing}
			@keydown=${(event) => this.#keydown(event, index, rows)}>
			${rows.map((row) => this.#renderRow(index, chosen, partly, row))}
		</ul>`;
	}

	#renderRow(index, chosen, partly, row) {
		const unit = index.byId.get(row.id);
		const target = chosen.get(row.id);
		const through = target ? undefined : includedThrough(index, chosen, row.id);
		const checked = target || through ? 'true' : (partly.has(row.id) ? 'mixed' : 'false');
		const note = this.#note(index, target, through, row);
		const id = `unit-${row.id}`;
		return html`<li role="treeitem" id=${id} part="unit" class="unit" data-unit-id=${row.id}
			style="--level: ${row.level - 1}" aria-level=${row.level} aria-setsize=${row.size} aria-posinset=${row.position}
			aria-expanded=${row.hasChildren ? String(row.open) : nothing} aria-checked=${checked}
			aria-disabled=${through ? 'true' : nothing} aria-labelledby="${id}-name"
			aria-describedby=${note ? `${id}-note` : nothing} tabindex=${row.id === this.#active ? '0' : '-1'}
			@click=${() => this.#choose(row.id, through)}>
			<span class="expander" aria-hidden="true" part="expander"
				@click=${(event) => this.#toggleOpen(event, index, row)}>${row.hasChildren ? (row.open ? '▾' : '▸') : ''}</span>
			<span class="box" aria-hidden="true" part="unit-box">${checked === 'true' ? '✓' : (checked === 'mixed' ? '–' : '')}</span>
			<span class="unit-text">
				<span class="unit-name" id="${id}-name">${unit.name}</span>
				${note ? html`<span class="unit-note" id="${id}-note" part="unit-note">${note}</span>` : nothing}
			</span>
		</li>`;
	}

	/** The chosen units, each with "med underenheter" (when it has any) and a way to remove it. */
	renderChosen(index, chosen) {
		const { host } = this;
		if (chosen.size === 0) return html`<p class="hint chosen-none" part="chosen-none">${host.t('compose.chosen.none')}</p>`;
		return html`<div class="chosen" part="chosen">
			<p class="chosen-heading" id="chosen-heading">${host.t('compose.chosen')}</p>
			<ul class="chosen-list" aria-labelledby="chosen-heading">${[...chosen.values()].map((target) => {
				const unit = index.byId.get(target.unitId);
				const below = descendants(index, target.unitId).length;
				const id = `chosen-${target.unitId}`;
				return html`<li class="chosen-unit" part="chosen-unit">
					<span class="chosen-name">${unit?.name ?? target.unitId}</span>
					${below > 0 ? html`<span class="check subunits">
						<input type="checkbox" id="${id}-subunits" part="subunits-checkbox" .checked=${target.includeSubunits}
							@change=${(event) => this.actions.setSubunits(target.unitId, event.target.checked)}>
						<label for="${id}-subunits">${host.t('compose.include-subunits')}<span class="visually-hidden"> – ${unit?.name}</span></label>
					</span>` : nothing}
					<button type="button" class="remove" part="remove-button" @click=${() => this.#remove(target.unitId)}>${host.t('compose.remove-unit')}<span
						class="visually-hidden"> ${unit?.name}</span></button>
				</li>`;
			})}</ul>
		</div>`;
	}

	#remove(id) {
		this.#active = id;
		this.#focusActive = true;
		this.actions.toggle(id);
	}

	#note(index, target, through, row) {
		const { host } = this;
		if (through) return host.t('compose.unit.included-through', { unit: index.byId.get(through).name });
		if (!target || !row.hasChildren) return '';
		return host.t(target.includeSubunits ? 'compose.unit.with-subunits' : 'compose.unit.only-unit');
	}

	#choose(id, through) {
		this.#active = id;
		if (!through) this.actions.toggle(id);
		else this.host.requestUpdate();
	}

	#toggleOpen(event, index, row) {
		event.stopPropagation();
		if (!row.hasChildren || this.filter.trim()) return;
		this.#open.set(row.id, !row.open);
		this.#active = row.id;
		this.#focusActive = true;
		this.host.requestUpdate();
	}

	#keydown(event, index, rows) {
		const at = rows.findIndex((row) => row.id === this.#active);
		const row = rows[at];
		if (!row) return;
		const move = (to) => {
			this.#active = rows[Math.max(0, Math.min(rows.length - 1, to))].id;
		};
		const searching = Boolean(this.filter.trim());
		switch (event.key) {
			case 'ArrowDown': move(at + 1); break;
			case 'ArrowUp': move(at - 1); break;
			case 'Home': move(0); break;
			case 'End': move(rows.length - 1); break;
			case 'ArrowRight':
				if (row.hasChildren && !row.open && !searching) this.#open.set(row.id, true);
				else if (row.open) move(at + 1);
				break;
			case 'ArrowLeft':
				if (row.open && !searching) this.#open.set(row.id, false);
				else if (index.parentOf(row.id) !== undefined && rows.some((other) => other.id === index.parentOf(row.id))) {
					this.#active = index.parentOf(row.id);
				}
				break;
			case ' ':
			case 'Enter':
				this.#choose(row.id, includedThrough(index, this.#chosen, row.id));
				break;
			default: return;
		}
		event.preventDefault();
		this.#focusActive = true;
		this.host.requestUpdate();
	}
}
