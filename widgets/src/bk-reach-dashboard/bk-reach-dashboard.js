/**
 * `<bk-reach-dashboard>` shows HR, communicators and managers how far a post got and what a unit's people say:
 * a post's reach and acknowledgement per child unit with drill-down, a timeline of first reads (uPlot, with the
 * same numbers in a table), the unit report for a period, the unit's top themes, and CSV/Excel exports. Figures that
 * leave a few people out so that nobody's own figures can be worked out are marked "(utom små grupper)" and explained
 * in part `withheld-note` (see docs/disclosure.md).
 */
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { BkElement } from '../shared/bk-element.js';
import { ApiProblem } from '../shared/api-client.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-reach-dashboard.styles.js';
import { downloadExport } from './reach-export.js';
import { ReadsChart } from './reads-chart.js';
import { renderUnitPicker } from './unit-picker.js';
import { renderComparison } from './post-comparison.js';
import { count, defaultPeriod, durationInWords, percent, periodInstant, query } from './reach-format.js';

const VIEWS = ['post', 'unit'];

export class BkReachDashboard extends BkElement {
	static elementName = 'bk-reach-dashboard';
	static styles = [sharedStyles, styles];
	static properties = {
		post: { type: String },
		unit: { type: String },
		from: { type: String },
		to: { type: String },
		view: { state: true },
		path: { state: true },
		exporting: { state: true },
		exportResult: { state: true },
		unitSearch: { state: true },
		comparisonSort: { state: true },
	};

	#chart;
	#focusHeading = false;

	constructor() {
		super();
		/** The post whose reach to show; without it the element shows the unit report. */
		this.post = undefined;
		/** The unit to start at; default: the hub's choice for a post, else the unit the viewer manages. */
		this.unit = undefined;
		/** The report period as dates (YYYY-MM-DD, `to` included) or instants; default: the last 30 days. */
		this.from = undefined;
		this.to = undefined;
		this.view = undefined;
		/** The units drilled through, top first: `[{id, name}]`; the last one is shown. */
		this.path = [];
		this.exporting = false;
		/** @type {{ok: true, name: string} | {ok: false, error: Error} | undefined} */
		this.exportResult = undefined;
		/** The unit picker's search: the text and the units found. */
		this.unitSearch = { text: '', units: [] };
		/** How the post comparison is sorted: newest first until a column header is chosen. */
		this.comparisonSort = { key: 'publishedAt', descending: true };
	}

	/** What is shown now: `post` (needs the `post` attribute) or `unit`. */
	get currentView() {
		return this.post && this.view !== 'unit' ? 'post' : 'unit';
	}

	/** The unit shown now, or undefined before the first answer when no `unit` was given. */
	get currentUnitId() {
		return this.path.at(-1)?.id ?? this.unit ?? undefined;
	}

	/** The report period as the date inputs show it. */
	get period() {
		const fallback = defaultPeriod();
		return { from: this.from || fallback.from, to: this.to || fallback.to };
	}

	willUpdate(changed) {
		super.willUpdate(changed);
		if (!this.hasUpdated) return;
		if (changed.has('post') || changed.has('unit')) {
			this.path = [];
			this.refresh();
		} else if (changed.has('from') || changed.has('to')) {
			if (this.currentView === 'unit') this.refresh();
		}
	}

	async fetchData(api, signal) {
		this.exportResult = undefined;
		const view = this.currentView;
		if (view === 'post') {
			const reach = await api.get(`reach/posts/${encodeURIComponent(this.post)}${query({ unitId: this.currentUnitId })}`, { signal });
			this.#arrive(reach.unit, signal);
			return { view, reach };
		}
		const unitId = this.currentUnitId ?? (await this.#defaultUnit(api, signal));
		const period = this.#periodQuery();
		const [report, themes, comparison] = await Promise.all([
			api.get(`reach/units/${encodeURIComponent(unitId)}${period}`, { signal }),
			api.get(`reach/units/${encodeURIComponent(unitId)}/themes${period}`, { signal }),
			api.get(`reach/units/${encodeURIComponent(unitId)}/posts${period}`, { signal }),
		]);
		this.#arrive(report.unit, signal);
		return { view, report, themes, comparison };
	}

	/**
	 * The unit a viewer with no `unit` attribute sees first: the top of their scope as the hub says (the whole
	 * organisation for HR and communicators of it, the highest unit they lead for a manager).
	 */
	async #defaultUnit(api, signal) {
		const { start } = await api.get('reach/units?limit=0', { signal });
		return start.id;
	}

	/** Finds the units whose name contains `text` for the unit picker. */
	async searchUnits(text) {
		this.unitSearch = { text, units: this.unitSearch.units };
		if (!text.trim()) {
			this.unitSearch = { text, units: [] };
			return;
		}
		try {
			const found = await this.api.get(`reach/units${query({ q: text })}`);
			if (this.unitSearch.text === text) this.unitSearch = { text, units: found.units };
		} catch (error) {
			if (this.unitSearch.text === text) this.unitSearch = { text, units: [] };
		}
	}

	/** Sorts the post comparison by a column; choosing the same column again turns the order round. */
	sortComparison(key) {
		const { comparisonSort: sort } = this;
		this.comparisonSort = sort.key === key ? { key, descending: !sort.descending } : { key, descending: key !== 'title' };
	}

	/** Shows the chosen unit, with the units above it in the breadcrumb, and fires `bk-drill`. */
	pickUnit(unit) {
		this.path = [...unit.path, { id: unit.id, name: unit.name }];
		this.unitSearch = { text: '', units: [] };
		this.#moved('down');
	}

	#arrive(unit, signal) {
		if (signal.aborted || !unit) return;
		if (this.path.length === 0) this.path = [{ id: unit.id, name: unit.name }];
	}

	#periodQuery() {
		const { from, to } = this.period;
		return query({ from: periodInstant(from), to: periodInstant(to, { end: true }) });
	}

	errorMessageKey(error) {
		if (error instanceof ApiProblem && error.code !== 'unknown-person') {
			if (error.status === 403) return 'reach-dashboard.error.forbidden';
			if (error.status === 404) return 'reach-dashboard.error.not-found';
			if (error.status === 400 || error.status === 422) return 'reach-dashboard.error.invalid-period';
		}
		return super.errorMessageKey(error);
	}

	// --- actions -------------------------------------------------------------------------------------------------

	/** Shows the rows below `unit` and fires `bk-drill`. */
	drillInto(unit) {
		this.path = [...this.path, { id: unit.unitId, name: unit.name }];
		this.#moved('down');
	}

	/** Goes back up to the `index`-th unit of the breadcrumb and fires `bk-drill`. */
	drillTo(index) {
		if (index < 0 || index >= this.path.length - 1) return;
		this.path = this.path.slice(0, index + 1);
		this.#moved('up');
	}

	#moved(direction) {
		const { id, name } = this.path.at(-1);
		this.emit('bk-drill', { unitId: id, name, direction, view: this.currentView });
		this.#focusHeading = true;
		this.refresh();
	}

	#selectView(view) {
		if (view === this.currentView) return;
		this.view = view;
		this.emit('bk-view-change', { view });
		this.refresh();
	}

	#tabKeydown(event) {
		const moves = { ArrowRight: 1, ArrowLeft: -1, Home: -VIEWS.length, End: VIEWS.length };
		if (!(event.key in moves)) return;
		event.preventDefault();
		const index = Math.min(VIEWS.length - 1, Math.max(0, VIEWS.indexOf(this.currentView) + moves[event.key]));
		this.#selectView(VIEWS[index]);
		this.updateComplete.then(() => this.renderRoot.querySelector(`#tab-${VIEWS[index]}`)?.focus());
	}

	#submitPeriod(event) {
		event.preventDefault();
		const form = new FormData(event.target);
		this.from = String(form.get('from') ?? '');
		this.to = String(form.get('to') ?? '');
		this.emit('bk-period-change', { from: this.from, to: this.to });
		this.#focusHeading = true;
		this.refresh();
	}

	async #export(format) {
		if (this.exporting) return;
		const unitId = this.currentUnitId;
		const path = this.currentView === 'post'
			? `reach/posts/${encodeURIComponent(this.post)}/export${query({ unitId, format })}`
			: `reach/units/${encodeURIComponent(unitId)}/export${query({ ...Object.fromEntries(new URLSearchParams(this.#periodQuery())), format })}`;
		const fallback = `${this.currentView === 'post' ? `rackvidd-${this.post}` : `rackvidd-enhet-${unitId}`}.${format}`;
		this.exporting = true;
		this.exportResult = undefined;
		try {
			const name = await downloadExport({ hub: this.hub, token: this.token }, path, fallback);
			this.exportResult = { ok: true, name };
			this.emit('bk-export', { format, name, view: this.currentView });
		} catch (error) {
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.exportResult = { ok: false, error };
		} finally {
			this.exporting = false;
		}
	}

	// --- rendering -----------------------------------------------------------------------------------------------

	render() {
		const { state } = this;
		const view = this.currentView;
		const loaded = state.status === 'loaded' && state.data.view === view ? state.data : undefined;
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${state.status === 'loading'}
			aria-labelledby="heading">
			<h2 id="heading" class="heading" part="heading">${this.t('reach-dashboard.heading')}</h2>
			${this.post ? this.#renderTabs(view) : nothing}
			<div class="panel" part="panel" id="panel" role=${this.post ? 'tabpanel' : nothing}
				aria-labelledby=${this.post ? `tab-${view}` : nothing}>
				${renderUnitPicker(this)}
				${this.#renderBreadcrumb()}
				${view === 'unit' ? this.#renderPeriodForm() : nothing}
				${this.renderStatus(this.t('reach-dashboard.loading'))}
				${this.renderAlert()}
				${loaded?.view === 'post' ? this.#renderPost(loaded.reach) : nothing}
				${loaded?.view === 'unit' ? this.#renderUnit(loaded.report, loaded.themes) : nothing}
				${loaded?.view === 'unit' && loaded.comparison ? renderComparison(this, loaded.comparison) : nothing}
				${loaded ? this.#renderExports() : nothing}
			</div>
		</section>`;
	}

	#renderTabs(view) {
		const tab = (name) => html`<button type="button" role="tab" id="tab-${name}" part="tab" class="tab"
			aria-selected=${view === name ? 'true' : 'false'} aria-controls="panel" tabindex=${view === name ? '0' : '-1'}
			@click=${() => this.#selectView(name)}>${this.t(`reach-dashboard.tab.${name}`)}</button>`;
		return html`<div class="tabs" role="tablist" part="tabs" aria-label=${this.t('reach-dashboard.tabs')}
			@keydown=${this.#tabKeydown}>${VIEWS.map(tab)}</div>`;
	}

	#renderBreadcrumb() {
		if (this.path.length < 2) return nothing;
		const last = this.path.length - 1;
		return html`<nav class="breadcrumb" part="breadcrumb" aria-label=${this.t('reach-dashboard.breadcrumb')}>
			<ol>${this.path.map((unit, index) => html`<li>${index === last
				? html`<span aria-current="location" part="crumb-current">${unit.name}</span>`
				: html`<button type="button" class="link" part="crumb-button" @click=${() => this.drillTo(index)}>${unit.name}</button>`}</li>`)}
			</ol>
		</nav>`;
	}

	#renderPeriodForm() {
		const { from, to } = this.period;
		return html`<form class="period" part="period" @submit=${this.#submitPeriod} aria-label=${this.t('reach-dashboard.period')}>
			<label>${this.t('reach-dashboard.from')} <input type="date" name="from" part="input" .value=${from} required></label>
			<label>${this.t('reach-dashboard.to')} <input type="date" name="to" part="input" .value=${to} required></label>
			<button type="submit" part="period-button">${this.t('reach-dashboard.show')}</button>
		</form>`;
	}

	#subheading(text) {
		return html`<h3 class="subheading" part="subheading" tabindex="-1" data-focus-after-load>${text}</h3>`;
	}

	#suppressed(minimum) {
		return html`<p class="suppressed" part="suppressed">${this.t('reach-dashboard.suppressed', { minimum })}</p>`;
	}

	#renderPost(reach) {
		return html`${this.#subheading(this.t('reach-dashboard.post-heading', { title: reach.title, unit: reach.unit.name }))}
			${reach.suppressed ? this.#suppressed(reach.minimumGroupSize) : html`
				${this.#renderPostTotals(reach)}
				${this.#renderGroups(reach, 'post')}
				${this.#renderTimeline(reach)}`}`;
	}

	#renderPostTotals(reach) {
		const lang = this.language;
		const { total } = reach;
		const time = (share, iso) => (iso
			? this.t('reach-dashboard.time-to', { share, duration: durationInWords(iso, lang, this.t('reach-dashboard.under-a-minute')) })
			: this.t('reach-dashboard.time-to-not-yet', { share }));
		return html`<dl class="totals" part="totals">
			<div><dt>${this.t('reach-dashboard.reach')}</dt><dd>${this.#bar(total.reach, this.t('reach-dashboard.of', {
				part: count(total.readers, lang), whole: count(total.audience, lang) }), 'reach')}</dd></div>
			${reach.acknowledgementRequired ? html`<div><dt>${this.t('reach-dashboard.acknowledged')}</dt><dd>${this.#bar(total.acknowledgementRate,
				this.t('reach-dashboard.of', { part: count(total.acknowledged, lang), whole: count(total.audience, lang) }), 'acknowledged')}</dd></div>` : nothing}
			<div><dt>${this.t('reach-dashboard.speed')}</dt><dd><p part="time-to-50">${time(50, reach.timeTo50)}</p><p part="time-to-80">${time(80, reach.timeTo80)}</p></dd></div>
		</dl>`;
	}

	/** A bar for a percentage with the same figure in text beside it (never colour alone). */
	#bar(value, detail, kind) {
		const width = `${Math.max(0, Math.min(100, value ?? 0))}%`;
		return html`<span class="figure" part="figure ${kind}">
			<span class="bar ${kind}" part="bar ${kind}-bar" aria-hidden="true"><span class="fill" style=${styleMap({ inlineSize: width })}></span></span>
			<span class="figure-text"><strong>${percent(value, this.language)}</strong> ${detail}</span>
		</span>`;
	}

	#rowName(row) {
		const withheld = row.withheldUnits?.length > 0;
		const name = row.direct ? this.t('reach-dashboard.direct', { name: row.name })
			: withheld ? this.t('reach-dashboard.withheld', { name: row.name }) : row.name;
		if (!row.hasSubunits || row.direct) return html`<span part="unit-name">${name}</span>`;
		return html`<button type="button" class="link drill" part="drill-button" @click=${() => this.drillInto(row)}>
			${name}<span class="visually-hidden"> – ${this.t('reach-dashboard.drill')}</span><span aria-hidden="true" class="chevron">›</span></button>`;
	}

	/** The rows of a post's reach or a unit report with the "other" row and the total, as one table. */
	#renderGroups(data, kind) {
		const columns = kind === 'post' ? this.#postColumns(data) : this.#unitColumns();
		const partial = data.withheldUnits?.length > 0;
		const rows = data.groups.map((row) => ({ name: this.#rowName(row), figures: row.figures, part: 'row' }));
		if (data.other) rows.push({ name: this.t('reach-dashboard.other', { count: data.otherGroups }), figures: data.other, part: 'row other-row' });
		const caption = this.t(kind === 'post' ? 'reach-dashboard.groups-caption' : 'reach-dashboard.report-caption', { unit: data.unit.name });
		const headers = html`<tr role="row">${[this.t('reach-dashboard.unit'), ...columns.map((column) => column.label)]
			.map((label) => html`<th role="columnheader" scope="col">${label}</th>`)}</tr>`;
		const line = (row) => html`<tr role="row" part=${row.part}>
			<th role="rowheader" scope="row">${row.name}</th>
			${columns.map((column) => html`<td role="cell" data-label=${column.label}>${column.render(row.figures)}</td>`)}
		</tr>`;
		return html`<table class="groups" part="table ${kind}-table" role="table">
			<caption>${caption}</caption>
			<thead role="rowgroup">${headers}</thead>
			<tbody role="rowgroup">${rows.map(line)}</tbody>
			<tfoot role="rowgroup">${line({ name: this.t(partial ? 'reach-dashboard.total-withheld' : 'reach-dashboard.total'), figures: data.total, part: 'row total-row' })}</tfoot>
		</table>
		${partial || data.groups.some((row) => row.withheldUnits?.length > 0)
			? html`<p class="note" part="withheld-note">${this.t('reach-dashboard.withheld-note')}</p>` : ''}`;
	}

	#postColumns(reach) {
		const lang = this.language;
		const of = (part, whole) => this.t('reach-dashboard.of', { part: count(part, lang), whole: count(whole, lang) });
		const columns = [
			{ label: this.t('reach-dashboard.reach'), render: (f) => this.#bar(f.reach, of(f.readers, f.audience), 'reach') },
		];
		if (reach.acknowledgementRequired) {
			columns.push({ label: this.t('reach-dashboard.acknowledged'), render: (f) => this.#bar(f.acknowledgementRate, of(f.acknowledged, f.audience), 'acknowledged') });
		}
		return columns;
	}

	#unitColumns() {
		const lang = this.language;
		const duration = (iso) => (iso ? durationInWords(iso, lang, this.t('reach-dashboard.under-a-minute')) : this.t('reach-dashboard.none'));
		return [
			{ label: this.t('reach-dashboard.people'), render: (f) => count(f.people, lang) },
			{ label: this.t('reach-dashboard.posts'), render: (f) => count(f.posts, lang) },
			{ label: this.t('reach-dashboard.mean-reach'), render: (f) => this.#bar(f.meanReach, '', 'reach') },
			{ label: this.t('reach-dashboard.mean-acknowledged'), render: (f) => (f.meanAcknowledgementRate === null || f.meanAcknowledgementRate === undefined
				? this.t('reach-dashboard.none') : this.#bar(f.meanAcknowledgementRate, '', 'acknowledged')) },
			{ label: this.t('reach-dashboard.median-time-to-50'), render: (f) => duration(f.medianTimeTo50) },
			{ label: this.t('reach-dashboard.comments'), render: (f) => count(f.comments, lang) },
			{ label: this.t('reach-dashboard.questions'), render: (f) => this.t('reach-dashboard.answered-of', {
				answered: count(f.questionsAnswered, lang), asked: count(f.questionsAsked, lang) }) },
			{ label: this.t('reach-dashboard.median-answer-time'), render: (f) => duration(f.medianAnswerTime) },
		];
	}

	#renderTimeline(reach) {
		const hours = reach.readsPerHour ?? [];
		if (hours.length === 0) return html`<p part="timeline-empty">${this.t('reach-dashboard.timeline-empty')}</p>`;
		const peak = hours.reduce((best, row) => (row.reads > best.reads ? row : best), hours[0]);
		const lang = this.language;
		return html`<figure class="timeline" part="timeline">
			<figcaption id="timeline-caption" part="timeline-caption">${this.t('reach-dashboard.timeline')}</figcaption>
			<p class="timeline-summary" part="timeline-summary">${this.t('reach-dashboard.timeline-summary', {
				hours: count(hours.length, lang), peak: count(peak.reads, lang), hour: peak.hour })}</p>
			<div class="chart" part="chart" aria-hidden="true"></div>
			<details part="timeline-details">
				<summary part="timeline-toggle">${this.t('reach-dashboard.timeline-table')}</summary>
				<table class="hours" part="timeline-table">
					<caption>${this.t('reach-dashboard.timeline')}</caption>
					<thead><tr><th scope="col">${this.t('reach-dashboard.hour')}</th><th scope="col">${this.t('reach-dashboard.first-reads')}</th></tr></thead>
					<tbody>${hours.map((row) => html`<tr><th scope="row">${this.t('reach-dashboard.hour-n', { hour: row.hour })}</th><td>${count(row.reads, lang)}</td></tr>`)}</tbody>
				</table>
			</details>
		</figure>`;
	}

	#renderUnit(report, themes) {
		const { from, to } = this.period;
		return html`${this.#subheading(this.t('reach-dashboard.unit-heading', { unit: report.unit.name, from, to }))}
			${report.suppressed ? this.#suppressed(report.minimumGroupSize) : this.#renderGroups(report, 'unit')}
			${this.#renderThemes(themes)}`;
	}

	#renderThemes(themes) {
		const lang = this.language;
		let body;
		if (themes.suppressed) body = this.#suppressed(themes.minimumGroupSize);
		else if (themes.themes.length === 0) body = html`<p part="themes-empty">${this.t('reach-dashboard.themes-empty')}</p>`;
		else {
			const most = Math.max(...themes.themes.map((theme) => theme.texts), 1);
			body = html`<p part="themes-source">${this.t('reach-dashboard.themes-source', {
				comments: count(themes.comments, lang), questions: count(themes.questions, lang) })}</p>
				<ol class="themes" part="themes">${themes.themes.map((theme) => html`<li part="theme">
					<span class="theme-name">${theme.theme}</span>
					<span class="theme-count">${this.t('reach-dashboard.texts', { count: count(theme.texts, lang) })}</span>
					<span class="bar themes-bar" part="bar theme-bar" aria-hidden="true"><span class="fill" style=${styleMap({ inlineSize: `${(100 * theme.texts) / most}%` })}></span></span>
				</li>`)}</ol>`;
		}
		return html`<section class="themes-section" part="themes-section" aria-labelledby="themes-heading">
			<h3 id="themes-heading" class="subheading" part="subheading">${this.t('reach-dashboard.themes')}</h3>
			${body}
		</section>`;
	}

	#renderExports() {
		const result = this.exportResult;
		return html`<div class="exports" part="exports" role="group" aria-label=${this.t('reach-dashboard.export')}>
			<button type="button" part="export-button csv" ?disabled=${this.exporting} @click=${() => this.#export('csv')}>${this.t('reach-dashboard.export-csv')}</button>
			<button type="button" part="export-button xlsx" ?disabled=${this.exporting} @click=${() => this.#export('xlsx')}>${this.t('reach-dashboard.export-xlsx')}</button>
		</div>
		<p class="export-status" role="status" part="export-status">${result?.ok ? this.t('reach-dashboard.exported', { name: result.name }) : ''}</p>
		${result && !result.ok ? html`<p class="export-error" role="alert" part="export-error">${this.t('reach-dashboard.export-failed', {
			reason: this.t(this.errorMessageKey(result.error), { status: result.error?.status ?? '?' }) })}</p>` : nothing}`;
	}

	updated(changed) {
		super.updated(changed);
		this.#drawChart();
		if (this.#focusHeading && this.state.status !== 'loading') {
			this.#focusHeading = false;
			this.renderRoot.querySelector(this.state.status === 'error' ? '.retry' : '[data-focus-after-load]')?.focus();
		}
	}

	#drawChart() {
		const container = this.renderRoot.querySelector('.chart');
		const data = this.state.status === 'loaded' ? this.state.data : undefined;
		const lang = this.language;
		if (this.#chart && this.#chart.container === container && this.#chart.data === data && this.#chart.lang === lang) return;
		this.#chart?.plot.destroy();
		this.#chart = undefined;
		if (!container || data?.view !== 'post') return;
		const plot = new ReadsChart(container, data.reach.readsPerHour, {
			x: this.t('reach-dashboard.hour'), y: this.t('reach-dashboard.first-reads'),
		});
		this.#chart = { container, data, lang, plot };
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		this.#chart?.plot.destroy();
		this.#chart = undefined;
	}
}
