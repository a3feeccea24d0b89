/**
 * `<bk-session>` signs the reader in for every Budkavle widget on the page: OpenID Connect authorization code flow
 * with PKCE (S256) against the configured issuer (keycloak-js, which speaks plain OIDC through discovery), silent
 * renewal before the access token expires and whenever a widget or the live connection reports it expired
 * (`bk-token-expired`, a 401 or close code 4401), and sign-out. It hands the token over as the page-wide
 * `window.Budkavle.token` callback, which every element asks when it has no `token` of its own.
 *
 * @attr issuer - the OIDC issuer URL, e.g. `https://login.example.se/realms/budkavle` (required)
 * @attr client-id - the public client at the issuer (default `budkavle-widgets`)
 * @attr redirect-uri - where the issuer sends the reader back (default: this page)
 * @fires bk-session-changed - `{signedIn, reason: 'signed-in'|'signed-out'|'renewed'}` after every change
 * @csspart base - the line with who is signed in and the button
 * @csspart sign-in-button - the "Logga in" button
 * @csspart sign-out-button - the "Logga ut" button
 */
import Keycloak from 'keycloak-js';
import { LitElement, html, nothing } from 'lit';
import { languageOf, unwatchLanguage, watchLanguage } from '../shared/language.js';
import { sharedStyles } from '../shared/styles.js';
import { SignedOut } from '../shared/token-source.js';
import { translate } from '../i18n/index.js';
import { styles } from './bk-session.styles.js';

/** Renew when this share of the token's lifetime is left, so no call ever goes out with an expired token. */
const RENEW_WHEN_LEFT = 0.25;
/** Forced renewals (after a 401 or 4401) at most this often, so a hub that refuses every token cannot loop. */
const MIN_FORCED_RENEW_INTERVAL_MS = 5_000;

export class BkSession extends LitElement {
	static elementName = 'bk-session';
	static styles = [sharedStyles, styles];
	static properties = {
		issuer: { type: String },
		clientId: { type: String, attribute: 'client-id' },
		redirectUri: { type: String, attribute: 'redirect-uri' },
		lang: { type: String, reflect: true },
		state: { attribute: false, state: true },
	};

	/** Registers the element unless its name is taken already. */
	static define(name = this.elementName, registry = globalThis.customElements) {
		if (!registry.get(name)) registry.define(name, this);
		return registry.get(name);
	}

	#keycloak;
	#started;
	#timer;
	#renewing;
	#lastForcedRenew = -Infinity;
	#tokenCallback = () => this.#token();
	#onExpired = () => this.#forceRenew();

	constructor() {
		super();
		this.issuer = '';
		this.clientId = 'budkavle-widgets';
		this.redirectUri = '';
		/** @type {{status: 'starting'|'signed-out'|'signed-in'|'error', name?: string, errorKey?: string}} */
		this.state = { status: 'starting' };
	}

	get language() {
		return languageOf(this, this.lang);
	}

	t(key, params) {
		return translate(this.language, key, params);
	}

	connectedCallback() {
		super.connectedCallback();
		watchLanguage(this);
		// Set at once, so widgets that load before the sign-in has been checked wait for it instead of going without.
		(globalThis.Budkavle ??= {}).token = this.#tokenCallback;
		document.addEventListener('bk-token-expired', this.#onExpired);
		if (!this.#started) this.#started = this.#start();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		unwatchLanguage(this);
		document.removeEventListener('bk-token-expired', this.#onExpired);
		clearTimeout(this.#timer);
		if (globalThis.Budkavle?.token === this.#tokenCallback) delete globalThis.Budkavle.token;
	}

	/** The access token to send now, renewed first when it is about to expire; throws {@link SignedOut} without one. */
	async #token() {
		await this.#started;
		if (!this.#keycloak?.authenticated) throw new SignedOut();
		try {
			await this.#renew(30);
		} catch {
			throw new SignedOut();
		}
		return this.#keycloak.token;
	}

	async #start() {
		if (!this.issuer) {
			this.state = { status: 'error', errorKey: 'session.error.no-issuer' };
			return;
		}
		const keycloak = (this.#keycloak = new Keycloak({ oidcProvider: this.issuer, clientId: this.clientId }));
		try {
			const signedIn = await keycloak.init({ pkceMethod: 'S256', checkLoginIframe: false, enableLogging: false });
			if (signedIn) this.#signedIn('signed-in');
			else this.state = { status: 'signed-out' };
		} catch (error) {
			// An error answer from the issuer ({error}) is a failed sign-in; anything else means it could not be reached.
			const errorKey = error?.error ? 'session.error.sign-in-failed' : 'session.error.unavailable';
			this.state = { status: 'error', errorKey };
		}
	}

	#signedIn(reason) {
		const claims = this.#keycloak.idTokenParsed ?? this.#keycloak.tokenParsed ?? {};
		this.state = { status: 'signed-in', name: claims.name ?? claims.preferred_username ?? claims.email ?? '' };
		this.#schedule();
		this.#announce(reason);
	}

	/** Renews when RENEW_WHEN_LEFT of the token's lifetime is left (measured in the issuer's clock, so skew-free). */
	#schedule() {
		clearTimeout(this.#timer);
		const { iat, exp } = this.#keycloak.tokenParsed ?? {};
		if (!Number.isFinite(iat) || !Number.isFinite(exp)) return;
		const skew = this.#keycloak.timeSkew ?? 0;
		const expiresInMs = (exp + skew) * 1000 - Date.now();
		const delay = Math.max(1_000, expiresInMs - (exp - iat) * 1000 * RENEW_WHEN_LEFT);
		this.#timer = setTimeout(() => this.#renew(-1).catch(() => {}), delay);
	}

	/** Renews the token when it has less than `minValidity` seconds left (-1: always); one renewal at a time. */
	#renew(minValidity) {
		if (this.#renewing) return this.#renewing;
		const keycloak = this.#keycloak;
		this.#renewing = keycloak.updateToken(minValidity).then((renewed) => {
			if (renewed) {
				this.#schedule();
				this.#announce('renewed');
			}
			return renewed;
		}, (error) => {
			if (!keycloak.authenticated) this.#signedOut('session.expired');
			throw error;
		}).finally(() => {
			this.#renewing = undefined;
		});
		return this.#renewing;
	}

	#forceRenew() {
		if (this.state.status !== 'signed-in' || Date.now() - this.#lastForcedRenew < MIN_FORCED_RENEW_INTERVAL_MS) return;
		this.#lastForcedRenew = Date.now();
		this.#renew(-1).catch(() => {});
	}

	#signedOut(noticeKey) {
		clearTimeout(this.#timer);
		this.state = { status: 'signed-out', noticeKey };
		this.#announce('signed-out');
	}

	#announce(reason) {
		if (reason !== 'renewed') globalThis.Budkavle?.live?.reconnect?.();
		this.dispatchEvent(new CustomEvent('bk-session-changed', {
			bubbles: true, composed: true, detail: { signedIn: this.state.status === 'signed-in', reason },
		}));
	}

	#returnUri() {
		if (this.redirectUri) return this.redirectUri;
		const url = new URL(globalThis.location.href);
		url.hash = '';
		return url.href;
	}

	#signIn() {
		this.#keycloak.login({ redirectUri: this.#returnUri(), locale: this.language });
	}

	#signOut() {
		clearTimeout(this.#timer);
		this.#keycloak.logout({ redirectUri: this.#returnUri() });
	}

	#retry() {
		this.state = { status: 'starting' };
		this.#started = this.#start();
		this.#started.then(() => this.updateComplete).then(() => this.renderRoot.querySelector('button')?.focus());
	}

	render() {
		const { state } = this;
		return html`<section class="base" part="base" lang=${this.language} aria-label=${this.t('session.label')}
			aria-busy=${state.status === 'starting'}>
			<p class="status who" role="status">${this.#statusText()}</p>
			${state.status === 'signed-out' ? html`<button type="button" part="sign-in-button"
				@click=${this.#signIn}>${this.t('session.sign-in')}</button>` : nothing}
			${state.status === 'signed-in' ? html`<button type="button" part="sign-out-button"
				@click=${this.#signOut}>${this.t('session.sign-out')}</button>` : nothing}
			${state.status === 'error' ? html`<div class="alert" role="alert" part="alert">
				<p class="alert-message">${this.t(state.errorKey)}</p>
				<button type="button" class="retry" part="retry-button" @click=${this.#retry}>${this.t('common.retry')}</button>
			</div>` : nothing}
		</section>`;
	}

	#statusText() {
		const { state } = this;
		if (state.status === 'starting') return html`<span class="spinner" aria-hidden="true"></span>${this.t('session.checking')}`;
		if (state.status === 'signed-in') return this.t('session.signed-in-as', { name: state.name });
		if (state.status === 'signed-out') return this.t(state.noticeKey ?? 'session.signed-out');
		return nothing;
	}
}
