/**
 * `<bk-directory-import>` lets an administrator bring the organisation in line with a directory file: choose the
 * file, see a preview of what would change (counts and the first people of each kind, warnings about large
 * deactivations and about leaving no administrator), apply it (confirming large deactivations), and see the history
 * of imports and syncs with who ran them. Uses `POST /api/v1/admin/directory/previews`,
 * `POST …/imports?confirm=…` and `GET …/history`.
 *
 * @csspart base - the whole element
 * @csspart file-input - the file picker
 * @csspart preview-button - "Förhandsgranska"
 * @csspart preview - the preview of the changes
 * @csspart confirm - the confirmation check box for large deactivations
 * @csspart apply-button - "Genomför importen"
 * @csspart history - the history table's scroll container
 * @fires bk-directory-imported - after an import was applied; `detail: {total}`
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { ApiProblem, apiUrl } from '../shared/api-client.js';
import { resolveToken } from '../shared/token-source.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-directory-import.styles.js';
import { renderHistory, renderPreview } from './import-views.js';

const BASE = 'admin/directory';

export class BkDirectoryImport extends BkElement {
	static elementName = 'bk-directory-import';
	static styles = [sharedStyles, styles];
	static properties = {
		file: { attribute: false, state: true },
		preview: { attribute: false, state: true },
		confirmed: { attribute: false, state: true },
		busy: { attribute: false, state: true },
		problem: { attribute: false, state: true },
		announcement: { attribute: false, state: true },
	};

	constructor() {
		super();
		this.file = null;
		this.preview = null;
		this.confirmed = false;
		this.busy = false;
		this.problem = null;
		this.announcement = '';
	}

	fetchData(api, signal) {
		return api.get(`${BASE}/history?limit=20`, { signal });
	}

	/** Previews the chosen file; resolves when the preview (or the problem) is shown. */
	async previewFile() {
		if (!this.file || this.busy) return;
		await this.#run(async () => {
			this.preview = await this.#post(`${BASE}/previews`);
			this.confirmed = false;
			this.announcement = this.t('directory-import.previewed', { total: this.preview.total });
		});
	}

	/** Applies the previewed file; resolves when it is applied (or refused) and the history is fetched again. */
	async apply() {
		if (!this.preview || this.busy || this.#blocked()) return;
		await this.#run(async () => {
			const result = await this.#post(`${BASE}/imports?confirm=${this.confirmed}`);
			this.preview = null;
			this.announcement = this.t('directory-import.applied', { total: result.total });
			this.emit('bk-directory-imported', { total: result.total });
			await this.refresh();
		});
	}

	#blocked() {
		return this.preview.leavesNoAdmin || (this.preview.needsConfirmation && !this.confirmed);
	}

	async #run(work) {
		this.busy = true;
		this.problem = null;
		try {
			await work();
		} catch (error) {
			this.problem = error;
		} finally {
			this.busy = false;
		}
	}

	async #post(path) {
		const headers = { Accept: 'application/json, application/problem+json', 'Content-Type': 'application/x-ndjson' };
		const token = await resolveToken(this.token);
		if (token) headers.Authorization = `Bearer ${token}`;
		let response;
		try {
			response = await fetch(apiUrl(this.hub, path), { method: 'POST', headers, body: this.file, credentials: 'omit' });
		} catch (error) {
			throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
		}
		if (!response.ok) throw await ApiProblem.fromResponse(response);
		return response.json();
	}

	#chosen(event) {
		this.file = event.target.files?.[0] ?? null;
		this.preview = null;
		this.problem = null;
	}

	#problemText(error) {
		const code = error?.code;
		if (code === 'directory-rejected' || code === 'no-admin-left' || code === 'deactivation-unconfirmed'
			|| code === 'directory-too-large') return this.t(`directory-import.error.${code}`);
		return this.t(this.errorMessageKey(error), { status: error?.status ?? '?' });
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-labelledby="title"
			aria-busy=${state.status === 'loading' || this.busy}>
			<h2 id="title" class="title" part="title">${this.t('directory-import.title')}</h2>
			<p>${this.t('directory-import.intro')}</p>
			<form @submit=${(event) => { event.preventDefault(); this.previewFile(); }}>
				<label for="file">${this.t('directory-import.file')}</label>
				<input id="file" type="file" part="file-input" accept=".jsonl,.ndjson,.txt,application/x-ndjson,text/plain"
					@change=${this.#chosen}>
				<button type="submit" part="preview-button" aria-disabled=${!this.file || this.busy ? 'true' : 'false'}>
					${this.t('directory-import.preview')}</button>
			</form>
			${this.problem ? html`<div class="alert" role="alert" part="alert">
				<p class="alert-message">${this.#problemText(this.problem)}</p>
				${this.problem.errors?.length ? html`<ul>${this.problem.errors.slice(0, 10).map((error) =>
					html`<li>${this.t('directory-import.error.line', { line: error.line ?? '?', message: error.message ?? '' })}</li>`)}</ul>` : nothing}
			</div>` : nothing}
			${this.preview ? renderPreview(this, this.preview) : nothing}
			<p class="announce" role="status">${this.announcement}</p>
			<h3 class="subtitle" id="history-title">${this.t('directory-import.history')}</h3>
			${this.renderStatus(this.t('directory-import.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? renderHistory(this, state.data.entries ?? []) : nothing}
		</section>`;
	}

	/** Called by the preview view. */
	setConfirmed(confirmed) {
		this.confirmed = confirmed;
	}

	/** Whether the apply button is usable (the view shows it either way, with aria-disabled). */
	get applyDisabled() {
		return this.busy || !this.preview || this.#blocked();
	}
}
