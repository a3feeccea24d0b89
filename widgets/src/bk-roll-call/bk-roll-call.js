/**
 * `<bk-roll-call crisis="…" unit="…">` is the crisis roll call for managers (`GET /api/v1/crises/{id}/roll-call?unitId=`):
 * per unit how many have received the message, are safe, need help or have not answered yet, and the people who need
 * help or have not answered, with their phone number as a `tel:` link when the directory has one, and a ”Nådd per
 * telefon” button (`POST /api/v1/crises/{id}/calls`). Without `unit` it shows every unit the viewer manages
 * (`GET /api/v1/me`); with `whole` it shows the crisis-wide counts first (the crisis role, communicators; fewer than
 * five asked are not shown). Without `crisis` it offers the crises the viewer runs (`GET /api/v1/crises`, active first)
 * to pick from, starting at the first active one, or follows the newest active crisis the viewer got.
 *
 * Live: it follows `crises` (”needs help” reaches the unit's managers at once) and `crisis-roll-call:{id}` and reads
 * again on their events, and reads again every `poll-interval` milliseconds (default 20 000) for ordinary answers,
 * which are not announced one by one.
 *
 * @csspart unit - one unit's roll call
 * @csspart counts - the counts of a unit
 * @csspart person - someone who needs help or has not answered
 * @csspart phone - a phone link
 * @csspart call-button - the ”Nådd per telefon” button
 * @csspart pick - the picker of the crises the viewer runs, with its label
 * @csspart pick-select - picks one of the crises the viewer runs
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { formatDateTime } from '../shared/date-format.js';
import { Throttle, follow, liveEnabled } from '../shared/live-follow.js';
import { activeFirst, runLabel } from '../shared/crises-run.js';
import { heading } from '../shared/heading.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-roll-call.styles.js';

const COUNTS = ['received', 'safe', 'needHelp', 'notYet'];

export class BkRollCall extends BkElement {
	static elementName = 'bk-roll-call';
	static styles = [sharedStyles, styles];
	static properties = {
		crisis: { type: String },
		unit: { type: String },
		whole: { type: Boolean },
		headingLevel: { type: Number, attribute: 'heading-level' },
		live: { type: String },
		pollInterval: { type: Number, attribute: 'poll-interval' },
		announcement: { state: true },
		calling: { state: true },
	};

	#unfollow = [];
	#following;
	#poll;
	#liveReload = new Throttle(() => this.#reloadQuietly(), () => 1000);

	constructor() {
		super();
		/** The crisis's id; empty for the newest active crisis the viewer got. */
		this.crisis = '';
		/** One unit's id; empty for every unit the viewer manages. */
		this.unit = '';
		/** Also the crisis-wide counts (for those running the crisis). */
		this.whole = false;
		/** Level of the element's heading (1–5), default 2. */
		this.headingLevel = 2;
		/** `off` turns live updates and polling off. */
		this.live = '';
		/** Milliseconds between two readings for ordinary answers. */
		this.pollInterval = 20000;
		this.announcement = '';
		/** Ids of the people being marked reached now. */
		this.calling = new Set();
	}

	get #level() {
		return Math.min(this.headingLevelOr(), 5);
	}

	async fetchData(api, signal) {
		const [{ crisis, run }, me] = await Promise.all([this.#crisis(api, signal), api.get('me', { signal })]);
		if (!crisis) return { crisis: null, run };
		const units = this.unit ? [{ id: this.unit, name: this.#unitName(me, this.unit) }] : (me?.manages ?? []);
		const path = (unitId) => `crises/${encodeURIComponent(crisis.id)}/roll-call${unitId ? `?${new URLSearchParams({ unitId })}` : ''}`;
		const [whole, ...reports] = await Promise.all([
			this.whole ? api.get(path(), { signal }) : null,
			...units.map((unit) => api.get(path(unit.id), { signal }).then((report) => ({ unit, report }))),
		]);
		return { crisis, whole, reports, run };
	}

	#unitName(me, id) {
		return [...(me?.manages ?? []), ...(me?.units ?? [])].find((unit) => unit.id === id)?.name ?? this.t('crisis.roll-call.unit');
	}

	/**
	 * The crisis shown: the one named, else the one picked from the crises the viewer runs, else the first active of
	 * those, else the newest active one the viewer got; with the list to pick from (null without `crisis` or the role).
	 */
	async #crisis(api, signal) {
		const soft = (fallback) => (error) => {
			if (error?.name === 'AbortError') throw error;
			return fallback;
		};
		const [active, run] = await Promise.all([
			api.get('crises/active', { signal }).catch((error) => {
				if (error?.name === 'AbortError' || !this.crisis) throw error;
				return [];
			}),
			this.crisis ? null : api.get('crises', { signal }).catch(soft(null)),
		]);
		const list = Array.isArray(active) ? active : [];
		const mine = Array.isArray(run) && run.length ? activeFirst(run) : null;
		if (this.crisis) return { crisis: list.find((item) => item.id === this.crisis) ?? { id: this.crisis, title: '' }, run: null };
		const picked = mine?.find((item) => item.id === this.#picked);
		const first = mine?.find((item) => item.status === 'ACTIVE');
		return { crisis: picked ?? first ?? list[0] ?? mine?.[0] ?? null, run: mine };
	}

	#picked;

	#pick(event) {
		this.#picked = event.target.value;
		this.#reloadQuietly();
	}

	connectedCallback() {
		super.connectedCallback();
		this.#follow();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		this.#stop();
		this.#following = undefined;
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if ((changed.has('crisis') || changed.has('unit') || changed.has('whole')) && this.hasUpdated) this.refresh();
	}

	updated(changed) {
		super.updated(changed);
		this.#follow();
	}

	#stop() {
		this.#unfollow.forEach((stop) => stop?.());
		this.#unfollow = [];
		clearInterval(this.#poll);
		this.#poll = undefined;
		this.#liveReload.cancel();
	}

	#follow() {
		const id = this.state.status === 'loaded' ? this.state.data.crisis?.id : undefined;
		const key = this.isConnected && id && liveEnabled(this.live) ? `${this.hub}|${id}` : undefined;
		if (key === this.#following) return;
		this.#stop();
		this.#following = key;
		if (!key) return;
		const onEvent = (frame) => {
			if (String(frame?.payload?.crisisId ?? id) !== id) return;
			if (frame?.event === 'crisis.need-help') this.#helpNeeded = frame.payload?.displayName ?? '';
			this.#liveReload.trigger();
		};
		this.#unfollow = [follow(this, 'crises', onEvent), follow(this, `crisis-roll-call:${id}`, onEvent)];
		if (this.pollInterval > 0) this.#poll = setInterval(() => this.#liveReload.trigger(), this.pollInterval);
	}

	#helpNeeded;

	/** Reads again without a loading state; failures leave what is shown. */
	async #reloadQuietly() {
		const before = this.state;
		if (before.status !== 'loaded') return;
		let data;
		try {
			data = await this.fetchData(this.api);
		} catch {
			return;
		}
		if (this.state !== before) return;
		this.state = { status: 'loaded', data };
		if (this.#helpNeeded !== undefined) {
			this.announcement = this.t('crisis.roll-call.need-help-live', { name: this.#helpNeeded });
			this.#helpNeeded = undefined;
		}
	}

	async #reached(person) {
		const { crisis } = this.state.data;
		this.calling = new Set([...this.calling, person.personId]);
		try {
			await this.api
				.send('POST', `crises/${encodeURIComponent(crisis.id)}/calls`, { body: { personId: person.personId } });
			this.announcement = this.t('crisis.roll-call.reached-done', { name: person.displayName });
			await this.#reloadQuietly();
		} catch {
			this.announcement = this.t('crisis.roll-call.reached-failed', { name: person.displayName });
		} finally {
			const calling = new Set(this.calling);
			calling.delete(person.personId);
			this.calling = calling;
		}
	}

	render() {
		const loading = this.state.status === 'loading';
		const data = this.state.status === 'loaded' ? this.state.data : undefined;
		return html`<section class="base" part="base" aria-busy=${loading} aria-labelledby="heading">
			${heading(this.#level, { id: 'heading', cls: 'heading', part: 'heading' }, data?.crisis?.title
				? this.t('crisis.roll-call.heading-named', { title: data.crisis.title }) : this.t('crisis.roll-call.heading'))}
			${data?.crisis?.exercise ? html`<p class="exercise" part="exercise">${this.t('crisis.exercise')}</p>` : nothing}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('crisis.roll-call.loading')}` : this.announcement}</p>
			${this.renderAlert()}
			${data?.run ? this.#renderPicker(data) : nothing}
			${data ? this.#renderData(data) : nothing}
		</section>`;
	}

	#renderPicker({ crisis, run }) {
		return html`<div class="field" part="pick"><label for="pick">${this.t('crisis.run.pick')}</label>
			<select id="pick" part="pick-select" @change=${this.#pick}>${run.map((item) => html`<option value=${item.id}
				?selected=${item.id === crisis?.id}>${runLabel(this, item)}</option>`)}</select></div>`;
	}

	#renderData({ crisis, whole, reports }) {
		if (!crisis) return html`<p class="empty" part="empty">${this.t('crisis.roll-call.no-crisis')}</p>`;
		const level = this.#level + 1;
		return html`${whole ? this.#renderUnit(level, this.t('crisis.roll-call.whole'), whole, 'whole') : nothing}
			${reports.length === 0 && !whole ? html`<p class="empty" part="empty">${this.t('crisis.roll-call.no-units')}</p>` : nothing}
			${reports.map(({ unit, report }) => this.#renderUnit(level, unit.name, report, unit.id))}`;
	}

	#renderUnit(level, name, report, key) {
		const headingId = `unit-${key}`;
		const people = report?.people ?? [];
		return html`<section class="unit" part="unit" aria-labelledby=${headingId}>
			${heading(level, { id: headingId, cls: 'unit-heading', part: 'unit-heading' }, name)}
			${report?.counts ? html`<dl class="counts" part="counts">
				<div><dt>${this.t('crisis.roll-call.expected')}</dt><dd>${report.counts.expected}</dd></div>
				${COUNTS.map((count) => html`<div class=${count}><dt>${this.t(`crisis.roll-call.count.${count}`)}</dt><dd>${report.counts[count] ?? 0}</dd></div>`)}
			</dl>` : html`<p class="hint" part="suppressed">${this.t('crisis.roll-call.suppressed')}</p>`}
			${report?.people ? this.#renderPeople(level + 1, people, key) : nothing}
		</section>`;
	}

	#renderPeople(level, people, key) {
		const needHelp = people.filter((person) => person.status === 'NEED_HELP');
		const notYet = people.filter((person) => person.status == null);
		return html`${this.#renderList(level, `${key}-help`, this.t('crisis.roll-call.need-help', { count: needHelp.length }), needHelp)}
			${this.#renderList(level, `${key}-not-yet`, this.t('crisis.roll-call.not-yet', { count: notYet.length }), notYet)}`;
	}

	#renderList(level, id, title, people) {
		return html`<section class="people" aria-labelledby=${id}>
			${heading(level, { id, cls: 'list-heading', part: 'list-heading' }, title)}
			${people.length ? html`<ul class="list">${people.map((person) => this.#renderPerson(person))}</ul>` : nothing}
		</section>`;
	}

	#renderPerson(person) {
		return html`<li class="person" part="person">
			<span class="name">${person.status === 'NEED_HELP' ? html`<span aria-hidden="true">! </span>` : nothing}${person.displayName}</span>
			${person.phone ? html`<a class="phone" part="phone" href=${`tel:${person.phone.replace(/[^+\d]/g, '')}`}
				aria-label=${this.t('crisis.roll-call.call', { name: person.displayName, phone: person.phone })}>${person.phone}</a>`
				: html`<span class="meta">${this.t('crisis.roll-call.no-phone')}</span>`}
			${person.note ? html`<p class="note">${this.t('crisis.roll-call.note', { note: person.note })}</p>` : nothing}
			${person.answeredAt ? html`<p class="meta">${this.t('crisis.roll-call.answered-at', { time: formatDateTime(person.answeredAt, this.language) })}</p>` : nothing}
			${person.reachedByPhone
				? html`<p class="reached" part="reached"><span aria-hidden="true">✓ </span>${this.t('crisis.roll-call.reached')}</p>`
				: html`<button type="button" class="secondary" part="call-button" ?disabled=${this.calling.has(person.personId)}
					aria-label=${this.t('crisis.roll-call.mark-reached-named', { name: person.displayName })}
					@click=${() => this.#reached(person)}>${this.t('crisis.roll-call.mark-reached')}</button>`}
		</li>`;
	}
}
