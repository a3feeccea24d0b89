/**
 * `<bk-directory-sync>` lets an administrator synchronise the organisation with Entra ID (Microsoft 365): start a
 * sync, follow it as a progress bar fed by the hub's progress stream (server-sent events), and see the last runs
 * with their errors. Uses `POST/GET /api/v1/admin/directory/syncs` and `GET …/syncs/{id}/events`.
 * When the hub answers `m365-not-configured`, it shows what to set instead of an error, with a link to `help-url`
 * (default: the README's Microsoft 365 section).
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { ApiProblem, apiUrl } from '../shared/api-client.js';
import { resolveToken } from '../shared/token-source.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-directory-sync.styles.js';

const SYNCS = 'admin/directory/syncs';

/** Where the settings for Microsoft 365 are explained: the README's section. */
export const M365_HELP_URL = 'https://github.com/budkavle/budkavle#microsoft-365-entra-id-sync-teams-and-outlook';

const isNotConfigured = (error) => (error?.type ?? '').endsWith(':m365-not-configured');

/** Splits a text/event-stream body into events `{event, data}` as chunks arrive. */
export async function readEvents(body, onEvent) {
	const reader = body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		buffer += value.replace(/\r\n/g, '\n');
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			let event = 'message';
			const data = [];
			for (const line of block.split('\n')) {
				if (line.startsWith('event:')) event = line.slice(6).trim();
				else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
			}
			if (data.length) onEvent({ event, data: data.join('\n') });
		}
	}
}

export class BkDirectorySync extends BkElement {
	static elementName = 'bk-directory-sync';
	static styles = [sharedStyles, styles];
	static properties = {
		current: { attribute: false, state: true },
		startError: { attribute: false, state: true },
		starting: { attribute: false, state: true },
		helpUrl: { type: String, attribute: 'help-url' },
	};

	constructor() {
		super();
		/** The run being followed, as the last progress event described it. */
		this.current = null;
		this.startError = null;
		this.starting = false;
		/** Where the not-configured state links to for the settings. */
		this.helpUrl = M365_HELP_URL;
	}

	fetchData(api, signal) {
		return api.get(SYNCS, { signal });
	}

	/** Starts a sync and follows it; resolves when it has ended (or could not start). */
	async start() {
		if (this.starting || this.current?.state === 'RUNNING') return;
		this.starting = true;
		this.startError = null;
		try {
			const { runId } = await this.#send('POST', SYNCS);
			this.current = { runId, state: 'RUNNING', pagesFetched: 0, usersSeen: 0, errors: [] };
			this.emit('bk-sync-started', { runId });
			await this.#follow(runId);
		} catch (error) {
			this.startError = error;
		} finally {
			this.starting = false;
		}
	}

	async #follow(runId) {
		const response = await this.#request('GET', `${SYNCS}/${runId}/events`, 'text/event-stream');
		await readEvents(response.body, ({ event, data }) => {
			if (event === 'progress') this.current = JSON.parse(data);
		});
		if (this.current?.state === 'RUNNING') this.current = await this.#send('GET', `${SYNCS}/${runId}`);
		this.emit('bk-sync-finished', { runId, state: this.current?.state });
		await this.refresh();
	}

	async #send(method, path) {
		const response = await this.#request(method, path, 'application/json, application/problem+json');
		return response.json();
	}

	async #request(method, path, accept) {
		const headers = { Accept: accept };
		const token = await resolveToken(this.token);
		if (token) headers.Authorization = `Bearer ${token}`;
		let response;
		try {
			response = await fetch(apiUrl(this.hub, path), { method, headers, credentials: 'omit' });
		} catch (error) {
			throw new ApiProblem({ status: 0, title: 'Network error', detail: String(error?.message ?? error) });
		}
		if (!response.ok) throw await ApiProblem.fromResponse(response);
		return response;
	}

	#startErrorKey(error) {
		const type = error?.type ?? '';
		if (type.endsWith(':sync-already-running')) return 'directory-sync.error.running';
		if (type.endsWith(':m365-not-configured')) return 'directory-sync.error.not-configured';
		return this.errorMessageKey(error);
	}

	render() {
		const { state } = this;
		if ((state.status === 'error' && isNotConfigured(state.error)) || isNotConfigured(this.startError)) {
			return this.#renderNotConfigured();
		}
		const running = this.starting || this.current?.state === 'RUNNING';
		return html`<section class="base" part="base" lang=${this.language} aria-labelledby="title"
			aria-busy=${state.status === 'loading'}>
			<h2 id="title" class="title" part="title">${this.t('directory-sync.title')}</h2>
			<p class="intro">${this.t('directory-sync.intro')}</p>
			<!-- aria-disabled, not disabled: the button keeps keyboard focus while the sync runs. -->
			<button type="button" class="start" part="start-button" aria-disabled=${running ? 'true' : 'false'} @click=${() => this.start()}>
				${this.t(running ? 'directory-sync.running' : 'directory-sync.start')}</button>
			${this.startError ? html`<div class="alert" role="alert" part="alert">
				<p class="alert-message">${this.t(this.#startErrorKey(this.startError), { status: this.startError?.status ?? '?' })}</p>
			</div>` : nothing}
			${this.current ? this.#renderCurrent(this.current) : nothing}
			${this.renderStatus(this.t('directory-sync.loading'))}
			${this.renderAlert()}
			${state.status === 'loaded' ? this.#renderRuns(state.data.items ?? []) : nothing}
		</section>`;
	}

	/** Not an error: Microsoft 365 is simply not switched on; say what an administrator sets to switch it on. */
	#renderNotConfigured() {
		return html`<section class="base" part="base" lang=${this.language} aria-labelledby="title">
			<h2 id="title" class="title" part="title">${this.t('directory-sync.title')}</h2>
			<div class="not-configured" part="not-configured">
				<p><strong>${this.t('directory-sync.off.heading')}</strong></p>
				<p>${this.t('directory-sync.off.why')}</p>
				<ol class="steps">
					<li>${this.t('directory-sync.off.step-app')}</li>
					<li>${this.t('directory-sync.off.step-settings')} <code>budkavle.m365.enabled=true</code>,
						<code>tenant-id</code>, <code>client-id</code>, <code>certificate-path</code></li>
					<li>${this.t('directory-sync.off.step-restart')}</li>
				</ol>
				<p><a part="help-link" href=${this.helpUrl} target="_blank" rel="noopener">${this.t('directory-sync.off.link')}</a></p>
				<p>${this.t('directory-sync.off.file')}</p>
			</div>
		</section>`;
	}

	#renderCurrent(run) {
		const determinate = run.state === 'RUNNING' && run.expectedUsers > 0;
		const done = run.state !== 'RUNNING';
		const text = done
			? this.t(`directory-sync.done.${run.state}`, { changes: run.changesApplied ?? 0, users: run.usersSeen })
			: this.t('directory-sync.progress', { pages: run.pagesFetched, users: run.usersSeen });
		return html`<div class="current" part="current">
			<label id="progress-label" for="progress" class="progress-label">${this.t('directory-sync.progress-label')}</label>
			${done
				? html`<progress id="progress" part="progress" max="1" value="1" aria-describedby="progress-text"></progress>`
				: determinate
					? html`<progress id="progress" part="progress" max=${run.expectedUsers}
						value=${Math.min(run.usersSeen, run.expectedUsers)} aria-describedby="progress-text"></progress>`
					: html`<progress id="progress" part="progress" aria-describedby="progress-text"></progress>`}
			<p id="progress-text" class="progress-text" role="status" part="progress-text">${text}</p>
			${run.errors?.length ? html`<ul class="errors" part="errors">${run.errors.map((error) => html`<li>${error}</li>`)}</ul>` : nothing}
		</div>`;
	}

	#renderRuns(runs) {
		if (!runs.length) return html`<p class="empty" part="empty">${this.t('directory-sync.no-runs')}</p>`;
		const when = new Intl.DateTimeFormat(this.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short' });
		return html`<div class="table-wrap" part="runs" role="region" aria-labelledby="runs-caption" tabindex="0">
			<table>
				<caption id="runs-caption">${this.t('directory-sync.runs')}</caption>
				<thead><tr>
					<th scope="col">${this.t('directory-sync.col.started')}</th>
					<th scope="col">${this.t('directory-sync.col.trigger')}</th>
					<th scope="col">${this.t('directory-sync.col.state')}</th>
					<th scope="col">${this.t('directory-sync.col.users')}</th>
					<th scope="col">${this.t('directory-sync.col.changes')}</th>
					<th scope="col">${this.t('directory-sync.col.errors')}</th>
				</tr></thead>
				<tbody>${runs.map((run) => html`<tr part="run">
					<td>${when.format(new Date(run.startedAt))}</td>
					<td>${this.t(`directory-sync.trigger.${run.trigger}`)}</td>
					<td>${this.t(`directory-sync.state.${run.state}`)}</td>
					<td>${run.usersSeen}</td>
					<td>${run.changesApplied ?? '–'}</td>
					<td>${run.errors?.length ? run.errors.join(' ') : '–'}</td>
				</tr>`)}</tbody>
			</table>
		</div>`;
	}
}
