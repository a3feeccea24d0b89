/**
 * What every Budkavle element shares: the configuration contract (`hub`, `lang`, `token`, `refresh()`),
 * loading one resource from the hub with a status/alert/retry cycle, `bk-token-expired`, strings from the
 * catalogues, a static `define()`, and the crisis banner (`<bk-crisis-banner>`) at the top of its shadow root, unless
 * the element sits inside another Budkavle element or the page turned the banners off (shared/page-crises.js).
 *
 * @summary The base of every Budkavle element: hub, language, token, loading with status, alert and retry.
 * @attr hub - base URL of the hub; empty for the page's own origin
 * @attr lang - `sv` or `en`; default: the nearest `lang` of the page
 * @csspart status - the live region that announces loading
 * @csspart alert - the error message with its retry button
 * @csspart retry-button - loads again after an error
 * @fires bk-token-expired - the hub refused the token (401); `detail`: `{status, type}`
 * @cssproperty --bk-font-family - the font (default `system-ui, …, sans-serif`)
 * @cssproperty --bk-font-size - the base font size (default `1rem`)
 * @cssproperty --bk-heading-size - the element heading's size (default `1.375rem`)
 * @cssproperty --bk-space - the base spacing (default `1rem`)
 * @cssproperty --bk-radius - corner radius of panels (default `0.5rem`)
 * @cssproperty --bk-radius-control - corner radius of buttons and inputs (default `0.375rem`)
 * @cssproperty --bk-radius-small - corner radius of badges and small marks
 * @cssproperty --bk-focus-width - width of the focus outline (default `3px`)
 * @cssproperty --bk-color-text - text colour (default `#1b1b1b`)
 * @cssproperty --bk-color-text-muted - secondary text
 * @cssproperty --bk-color-muted - muted text and icons (default `#4d4d4d`)
 * @cssproperty --bk-color-surface - background (default `#ffffff`)
 * @cssproperty --bk-color-muted-surface - background of quieter notices (default `#f2f2f2`)
 * @cssproperty --bk-color-hover-surface - background of a row under the pointer
 * @cssproperty --bk-color-note-surface - background of notes and figures
 * @cssproperty --bk-color-info-surface - background of explanations
 * @cssproperty --bk-color-border - borders (default `#767676`)
 * @cssproperty --bk-color-grid - chart grid lines (default `#d0d0d0`)
 * @cssproperty --bk-color-track - the empty part of a bar (default `#e6e6e6`)
 * @cssproperty --bk-color-link - links (default `#005a9c`)
 * @cssproperty --bk-color-hover - links and controls under the pointer
 * @cssproperty --bk-color-accent - primary buttons and marks (default `#005a9c`)
 * @cssproperty --bk-color-accent-hover - primary buttons under the pointer (default `#003f6e`)
 * @cssproperty --bk-color-accent-surface - background of selected items
 * @cssproperty --bk-color-on-accent - text on the accent colour (default `#ffffff`)
 * @cssproperty --bk-color-focus - the focus outline (default `#005a9c`)
 * @cssproperty --bk-color-danger - errors and destructive actions (default `#b00020`)
 * @cssproperty --bk-color-danger-hover - destructive buttons under the pointer
 * @cssproperty --bk-color-danger-surface - background of the alert (default `#fdf2f3`)
 * @cssproperty --bk-color-error - field errors
 * @cssproperty --bk-color-warning - warnings
 * @cssproperty --bk-color-warning-surface - background of warnings
 * @cssproperty --bk-color-success - done and acknowledged marks
 * @cssproperty --bk-color-success-surface - background of confirmations
 * @cssproperty --bk-color-important - the priority badge (default `#8a4b00`)
 * @cssproperty --bk-crisis-surface - background of a crisis message
 * @cssproperty --bk-crisis-border - border of a crisis message
 * @cssproperty --bk-reach-bar-color - reach bars (default `--bk-color-accent`)
 * @cssproperty --bk-reach-ack-color - acknowledgement bars (default `--bk-color-success`)
 * @cssproperty --bk-reach-track-color - the empty part of reach bars (default `--bk-color-track`)
 * @cssproperty --bk-compose-tree-height - the height of the unit tree in the compose form
 */
import { LitElement, html, nothing } from 'lit';
import { ApiClient, ApiProblem } from './api-client.js';
import { headingLevel } from './heading.js';
import { TokenUnavailable } from './token-source.js';
import { languageOf, unwatchLanguage, watchLanguage } from './language.js';
import { message, translate } from '../i18n/index.js';
import { productName } from './product-name.js';
import { crisisBannersEnabled } from './page-crises.js';
import { BkCrisisBanner } from '../bk-crisis-banner/bk-crisis-banner.js';

export class BkElement extends LitElement {
	/** The tag name `define()` registers when given none; each element sets its own. */
	static elementName = '';

	static properties = {
		hub: { type: String },
		lang: { type: String, reflect: true },
		state: { attribute: false, state: true },
	};

	/** Registers the element unless its name is taken already, so loading the bundle twice is harmless. */
	static define(name = this.elementName, registry = globalThis.customElements) {
		if (!registry.get(name)) registry.define(name, this);
		return registry.get(name);
	}

	#token;
	#banner;
	#loading;
	#focusAfterLoad = false;
	#focusAfterUpdate;
	#onSession = (event) => this.#sessionChanged(event.detail);

	constructor() {
		super();
		/** Base URL of the hub; '' means the page's own origin. */
		this.hub = '';
		/** @type {{status: 'idle'} | {status: 'loading'} | {status: 'loaded', data: any} | {status: 'error', error: Error}} */
		this.state = { status: 'idle' };
		if (Object.hasOwn(this, 'token')) {
			// Set on the element before it was upgraded: take it over from the instance.
			const token = this.token;
			delete this.token;
			this.#token = token;
		}
	}

	/** A string, or a function returning a string or a Promise of one; setting it reloads the element. */
	get token() {
		return this.#token;
	}

	set token(value) {
		const changed = value !== this.#token;
		this.#token = value;
		if (!this.isConnected) return;
		this.refresh();
		if (changed) this.#banner?.reload();
		// The page's live connection may be signed in as someone else now: sign it in again (once per task).
		if (changed) globalThis.Budkavle?.live?.reconnect?.();
	}

	/** The language the element speaks now: `sv` or `en`. */
	get language() {
		return languageOf(this, this.lang);
	}

	/** The catalogue string for `key` in the element's language; `{product}` is the intranet's name from the hub. */
	t(key, params) {
		const language = this.language;
		if (!message(language, key)?.includes('{product}')) return translate(language, key, params);
		return translate(language, key, { product: productName(this.hub, this), ...params });
	}

	connectedCallback() {
		super.connectedCallback();
		watchLanguage(this);
		document.addEventListener('bk-session-changed', this.#onSession);
		this.#showCrisisBanner();
		if (this.state.status === 'idle') this.refresh();
	}

	/** Puts the crisis banner first in the shadow root, where the element's own rendering (appended by Lit) follows it. */
	#showCrisisBanner() {
		if (this.#banner || !crisisBannersEnabled() || insideBudkavleElement(this)) return;
		BkCrisisBanner.define();
		const banner = document.createElement(BkCrisisBanner.elementName);
		banner.owner = this;
		this.#banner = banner;
		this.renderRoot.prepend(banner);
	}

	/**
	 * The page's sign-in (bk-session) changed: an element without a token of its own loads again for the person now
	 * signed in, or, after a silent renewal, only if it failed for want of a valid token.
	 */
	#sessionChanged({ reason } = {}) {
		if (this.#token != null) return;
		const { state } = this;
		const refused = state.status === 'error' && (state.error?.status === 401 || state.error instanceof TokenUnavailable);
		if (reason !== 'renewed' || refused) this.refresh();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		unwatchLanguage(this);
		document.removeEventListener('bk-session-changed', this.#onSession);
		if (this.state.status === 'loading') {
			this.#loading?.abort();
			this.state = { status: 'idle' };
		}
	}

	willUpdate(changed) {
		if (changed.has('hub') && this.hasUpdated) this.refresh();
	}

	/** Reloads from the hub; resolves when the element shows the result (never rejects). */
	refresh() {
		this.#loading?.abort();
		const loading = (this.#loading = new AbortController());
		this.state = { status: 'loading' };
		return this.#load(loading.signal);
	}

	/** A client for the hub's API, bound to this element's hub and token as they are now. */
	get api() {
		return new ApiClient({ hub: this.hub, token: this.#token });
	}

	/** The element's `headingLevel` when it is a whole number from 1 to `max`, else `fallback`. */
	headingLevelOr(fallback = 2, max = 6) {
		return headingLevel(this.headingLevel, fallback, max);
	}

	/** Moves focus to the first match of `selector` in the shadow root once the next rendering (not a loading one) is done. */
	focusAfterUpdate(selector) {
		this.#focusAfterUpdate = selector;
	}

	/** Subclasses fetch what they show; `api` is bound to this element's hub and token. */
	// eslint-disable-next-line no-unused-vars
	fetchData(api, signal) {
		throw new Error(`${this.localName} must implement fetchData(api, signal)`);
	}

	async #load(signal) {
		// Let property changes made in the same task as this call (token, hub) land before they are read.
		await null;
		if (signal.aborted) return;
		try {
			const data = await this.fetchData(this.api, signal);
			if (!signal.aborted) this.state = { status: 'loaded', data };
		} catch (error) {
			if (signal.aborted || error?.name === 'AbortError') return;
			if (error instanceof ApiProblem && error.status === 401) this.emit('bk-token-expired', { status: 401, type: error.type });
			this.state = { status: 'error', error };
		}
		if (!signal.aborted) await this.updateComplete;
	}

	/** Dispatches a `bk-*` event that bubbles out of shadow roots. */
	emit(type, detail) {
		return this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
	}

	/** The catalogue key that explains `error` to the person using the widget. */
	errorMessageKey(error) {
		if (error instanceof TokenUnavailable) {
			return error.cause?.name === 'SignedOut' ? 'common.error.signed-out' : 'common.error.token-unavailable';
		}
		if (!(error instanceof ApiProblem)) return 'common.error.generic';
		if (error.status === 401) return 'common.error.token-expired';
		if (error.code === 'unknown-person') return 'common.error.unknown-person';
		if (error.status === 403) return 'common.error.forbidden';
		if (error.status === 0) return 'common.error.network';
		return 'common.error.generic';
	}

	/** The live region that announces loading; present from the start so screen readers pick up changes. */
	renderStatus(loadingText) {
		const loading = this.state.status === 'loading';
		return html`<p class="status" role="status" part="status">${loading
			? html`<span class="spinner" aria-hidden="true"></span>${loadingText}`
			: nothing}</p>`;
	}

	/** The error message with a retry button, or nothing when there is no error. */
	renderAlert() {
		if (this.state.status !== 'error') return nothing;
		const { error } = this.state;
		return html`<div class="alert" role="alert" part="alert">
			<p class="alert-message">${this.t(this.errorMessageKey(error), { status: error?.status ?? '?' })}</p>
			<button type="button" class="retry" part="retry-button" @click=${this.#retry}>${this.t('common.retry')}</button>
		</div>`;
	}

	/** Hyphenation and screen readers need the language on the shadow tree, which an ancestor's `lang` may not reach. */
	#markLanguage() {
		const language = this.language;
		for (const child of this.renderRoot.children) {
			if (child.getAttribute('lang') !== language) child.setAttribute('lang', language);
		}
	}

	#moveFocus() {
		if (!this.#focusAfterUpdate || this.state.status === 'loading') return;
		const selector = this.#focusAfterUpdate;
		this.#focusAfterUpdate = undefined;
		this.renderRoot.querySelector(selector)?.focus();
	}

	#retry() {
		this.#focusAfterLoad = true;
		this.refresh();
	}

	updated(changed) {
		super.updated?.(changed);
		this.#banner?.sync();
		this.#markLanguage();
		this.#moveFocus();
		if (!this.#focusAfterLoad || this.state.status === 'loading') return;
		// The retry button vanished while loading: put focus back where the keyboard user can go on.
		this.#focusAfterLoad = false;
		const target = this.renderRoot.querySelector(this.state.status === 'error' ? '.retry' : '[data-focus-after-load]');
		target?.focus();
	}
}

/** Whether `element` is rendered by another Budkavle element (whose own banner covers it). */
function insideBudkavleElement(element) {
	for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
		if (root.host instanceof BkElement) return true;
	}
	return false;
}
