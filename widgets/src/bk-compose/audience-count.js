/**
 * "Når N personer" in `bk-compose`: asks the hub how many people the chosen units reach
 * (`POST /api/v1/posts/audience-count`, the author not counted) a moment after the choice changes, and says it in a
 * polite live region with real plurals. Advice only: a failed count never stands in the way of publishing.
 */
import { html } from 'lit';

export class AudienceCounter {
	#timer;
	#request;

	/** @param {import('lit').ReactiveControllerHost & HTMLElement} host */
	constructor(host) {
		this.host = host;
		/** @type {{status: 'idle'|'counting'|'done'|'failed', people?: number}} */
		this.state = { status: 'idle' };
		host.addController(this);
	}

	hostDisconnected() {
		this.#stop();
	}

	#stop() {
		clearTimeout(this.#timer);
		this.#request?.abort();
	}

	/** Counts again for these targets after the host's quiet delay; no targets, no count. */
	schedule(targets) {
		this.#stop();
		if (targets.length === 0) {
			this.#set({ status: 'idle' });
			return;
		}
		this.#set({ ...this.state, status: 'counting' });
		this.#timer = setTimeout(() => this.#count(targets), Math.max(0, Number(this.host.countDelay) || 0));
	}

	async #count(targets) {
		const request = (this.#request = new AbortController());
		try {
			const api = this.host.api;
			const answer = await api.send('POST', 'posts/audience-count', { body: { targets }, signal: request.signal });
			if (!request.signal.aborted) this.#set({ status: 'done', people: Number(answer?.people ?? 0) });
		} catch (error) {
			if (request.signal.aborted || error?.name === 'AbortError') return;
			this.#set({ status: 'failed' });
		}
	}

	#set(state) {
		this.state = state;
		this.host.requestUpdate();
	}

	/** The sentence to show and speak, or '' before anything is chosen. */
	text() {
		const { host, state } = this;
		if (state.status === 'failed') return host.t('compose.audience.failed');
		if (state.status === 'counting' && state.people === undefined) return host.t('compose.audience.counting');
		if (state.people === undefined) return '';
		if (state.people === 0) return host.t('compose.audience.none');
		const locale = host.language === 'en' ? 'en-GB' : 'sv-SE';
		const form = new Intl.PluralRules(locale).select(state.people);
		return host.t(`compose.audience.${form === 'one' ? 'one' : 'other'}`, {
			count: new Intl.NumberFormat(locale).format(state.people),
		});
	}

	render() {
		return html`<p class="audience" part="audience" role="status" aria-busy=${this.state.status === 'counting' ? 'true' : 'false'}>${this.text()}</p>`;
	}
}
