/**
 * `<bk-reach-dashboard>` shows HR, communicators and managers how far a post got and what a unit's people say:
 * a post's reach and acknowledgement per child unit with drill-down, a timeline of first reads (uPlot, with the
 * same numbers in a table), the unit report for a period, the unit's top themes, and CSV/Excel exports. Figures that
 * leave a few people out so that nobody's own figures can be worked out are marked "(utom små grupper)" and explained
 * in part `withheld-note` (see docs/disclosure.md).
 *
 * @summary Reach of a post and a unit's report, themes and post comparison, with drill-down and exports.
 * @attr post - the post whose reach to show; without it the element shows the unit report
 * @attr unit - the unit to start at; default: the top of the viewer's scope
 * @attr from - the report period's first day (YYYY-MM-DD); default: 30 days ago
 * @attr to - the report period's last day (YYYY-MM-DD, included); default: today
 * @fires bk-drill - moved to another unit; `detail`: `{unitId, name, direction: 'down'|'up', view}`
 * @fires bk-view-change - switched between the post and unit views; `detail`: `{view}`
 * @fires bk-period-change - a new period was chosen; `detail`: `{from, to}`
 * @fires bk-export - an export was downloaded; `detail`: `{format, name, view}`
 * @csspart base - the frame
 * @csspart heading - the element's heading
 * @csspart tabs - the post/unit tab list
 * @csspart tab - one tab
 * @csspart panel - the tab panel with the view
 * @csspart unit-picker - the unit search
 * @csspart input - the unit search and period inputs
 * @csspart unit-search - the unit search field
 * @csspart unit-search-status - how many units the search found
 * @csspart unit-choices - the units found
 * @csspart unit-choice - one unit found, with its path
 * @csspart breadcrumb - the units drilled through
 * @csspart crumb-button - a unit above, to go back up to
 * @csspart crumb-current - the unit shown
 * @csspart period - the period form
 * @csspart period-button - shows the chosen period
 * @csspart subheading - a view's heading
 * @csspart suppressed - says a group is too small to show
 * @csspart totals - a post's totals
 * @csspart figure - a percentage with its bar and text (with `reach` or `acknowledged`)
 * @csspart bar - a bar (with `reach-bar`, `acknowledged-bar` or `theme-bar`)
 * @csspart time-to-50 - the time until half had read the post
 * @csspart time-to-80 - the time until 80 % had read the post
 * @csspart table - the table of units (with `post-table` or `unit-table`)
 * @csspart unit-name - a unit without units below it
 * @csspart drill-button - a unit to drill into
 * @csspart withheld-note - explains figures that leave small groups out
 * @csspart timeline - the timeline of first reads
 * @csspart timeline-caption - the timeline's caption
 * @csspart timeline-summary - the timeline in one sentence
 * @csspart chart - the chart (hidden from assistive technology; the table has the same numbers)
 * @csspart timeline-details - the disclosure with the timeline's table
 * @csspart timeline-toggle - opens the timeline's table
 * @csspart timeline-table - first reads per hour
 * @csspart timeline-empty - says nobody has read the post yet
 * @csspart themes-section - the unit's themes
 * @csspart themes-source - how many comments and questions the themes come from
 * @csspart themes - the list of themes
 * @csspart theme - one theme with its count
 * @csspart theme-bar - a theme's bar
 * @csspart themes-empty - says there are no themes
 * @csspart comparison - the period's posts compared
 * @csspart comparison-empty - says the period has no posts
 * @csspart comparison-table - the posts with reach and acknowledgement
 * @csspart comparison-row - one post
 * @csspart sort-button - sorts by a column
 * @csspart exports - the export buttons
 * @csspart export-button - an export button (with `csv` or `xlsx`)
 * @csspart csv - the CSV export button
 * @csspart xlsx - the Excel export button
 * @csspart export-status - names the file downloaded
 * @csspart export-error - says why an export failed
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { ApiProblem } from '../shared/api-client.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-reach-dashboard.styles.js';
import { tableStyles } from './reach-table.styles.js';
import { timelineStyles } from './timeline.styles.js';
import { panelStyles } from './panels.styles.js';
import { downloadExport } from './reach-export.js';
import { ReadsChart } from './reads-chart.js';
import { renderUnitPicker } from './unit-picker.js';
import { renderComparison } from './post-comparison.js';
import { defaultPeriod, periodInstant, query } from './reach-format.js';
import { renderPost } from './post-view.js';
import { renderUnit } from './unit-view.js';

const VIEWS = ['post', 'unit'];

export class BkReachDashboard extends BkElement {
	static elementName = 'bk-reach-dashboard';
	static styles = [sharedStyles, styles, tableStyles, timelineStyles, panelStyles];
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
				${loaded?.view === 'post' ? renderPost(this, loaded.reach) : nothing}
				${loaded?.view === 'unit' ? renderUnit(this, loaded.report, loaded.themes) : nothing}
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
