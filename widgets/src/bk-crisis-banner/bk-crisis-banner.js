/**
 * `<bk-crisis-banner>` shows the crisis messages that concern the person signed in and that they have not answered
 * yet (`GET /api/v1/crises/active`): the severity in words with an icon (not by colour alone), ”ÖVNING” when it is an
 * exercise, the title, what to do, the latest update, and the answer buttons (”Jag har tagit del”, or ”Jag är i
 * säkerhet” / ”Jag behöver hjälp”), which `POST /api/v1/crises/{id}/confirmations`.
 *
 * Every Budkavle element shows one at its top through the shared base (BkElement), except an element inside another
 * Budkavle element; it can also stand alone on a page (`hub`, `lang`, `token` as on every element). All banners on a
 * page share one reading and one live follower of the `crises` topic (shared/page-crises.js), so a crisis sent while
 * the page is open appears in every widget within seconds, and an answer or an all-clear removes it from all of them.
 *
 * **One announcement per page.** Only the first banner in document order whose widget is shown (the *announcer*)
 * holds the message in full inside a `role=alert` region, so a screen reader announces each crisis message once
 * however many widgets the page holds. The other banners show a compact reference (severity, ”ÖVNING”, title and the
 * answer buttons) without any live region. If the announcer's widget leaves the page, the next banner takes over.
 *
 * **Opened from a link.** When the page's address names a crisis message (`?budkavle-crisis=<id>` from the hub's
 * e-mail, push and Teams messages; the parameter named by `link-parameter`) that the person has not answered, the
 * announcing banner scrolls to that message and moves focus to it, once per page, so the answer buttons are next.
 *
 * @attr link-parameter - the query parameter that names a linked crisis message (default `budkavle-crisis`)
 * @csspart base - the frame around the messages
 * @csspart crisis - one crisis message
 * @csspart severity - the severity in words
 * @csspart exercise - the ”ÖVNING” mark
 * @csspart answer-button - an answer button
 * @csspart status - the line that says an answer was sent
 * @fires bk-crisis-answered - after an answer was recorded; `detail`: `{crisisId, status}`
 */
import { LitElement, html, nothing } from 'lit';
import { formatDateTime } from '../shared/date-format.js';
import { languageOf, unwatchLanguage, watchLanguage } from '../shared/language.js';
import { pageCrises } from '../shared/page-crises.js';
import { CRISIS_PARAMETER, linkedId } from '../shared/deep-link.js';
import { translate } from '../i18n/index.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-crisis-banner.styles.js';

const ICONS = { CRITICAL: '⛔', WARNING: '⚠', INFORMATION: 'ℹ' };
const ANSWERS = { RECEIVED: ['RECEIVED'], SAFETY: ['SAFE', 'NEED_HELP'] };

export class BkCrisisBanner extends LitElement {
	static elementName = 'bk-crisis-banner';
	static styles = [sharedStyles, styles];
	static properties = {
		hub: { type: String },
		lang: { type: String, reflect: true },
		linkParameter: { type: String, attribute: 'link-parameter' },
		announcement: { state: true },
		failed: { state: true },
		busy: { state: true },
	};

	/** Registers the element unless its name is taken already. */
	static define(name = this.elementName, registry = globalThis.customElements) {
		if (!registry.get(name)) registry.define(name, this);
		return registry.get(name);
	}

	#token;
	#watcher;
	#watchedHub;
	#focusStatus = false;

	constructor() {
		super();
		/** The widget that shows this banner (set by BkElement); its hub, token and language are used. */
		this.owner = undefined;
		/** Base URL of the hub when standing alone; '' means the page's own origin. */
		this.hub = '';
		/** The query parameter of the page's address that names a crisis message to bring into view. */
		this.linkParameter = CRISIS_PARAMETER;
		this.announcement = '';
		this.failed = false;
		this.busy = false;
	}

	/** The token: the owning widget's, else the banner's own. */
	get token() {
		return this.owner ? this.owner.token : this.#token;
	}

	set token(value) {
		this.#token = value;
		this.reload();
	}

	get #hub() {
		return (this.owner ? this.owner.hub : this.hub) ?? '';
	}

	get language() {
		return this.owner ? this.owner.language : languageOf(this, this.lang);
	}

	t(key, params) {
		return translate(this.language, key, params);
	}

	connectedCallback() {
		super.connectedCallback();
		if (!this.owner) watchLanguage(this);
		this.sync();
	}

	disconnectedCallback() {
		super.disconnectedCallback();
		if (!this.owner) unwatchLanguage(this);
		this.#unwatch();
	}

	/** Follows the hub shown now and draws again (the owner's hub or language may have changed). */
	sync() {
		if (this.isConnected && this.#hub !== this.#watchedHub) {
			this.#unwatch();
			this.#watchedHub = this.#hub;
			this.#watcher = { banner: this, onChange: () => this.requestUpdate() };
			pageCrises().of(this.#watchedHub).watch(this.#watcher);
		}
		this.requestUpdate();
	}

	/** Reads the active crises again (the token changed). */
	reload() {
		if (this.#watcher) pageCrises().of(this.#watchedHub).load();
	}

	#unwatch() {
		if (this.#watcher) pageCrises().of(this.#watchedHub).unwatch(this.#watcher);
		this.#watcher = undefined;
		this.#watchedHub = undefined;
	}

	willUpdate(changed) {
		if (changed.has('hub') && !this.owner && this.hasUpdated) this.sync();
	}

	get #state() {
		return this.#watcher ? pageCrises().of(this.#watchedHub) : undefined;
	}

	async #answer(crisis, status) {
		if (this.busy) return;
		this.busy = true;
		this.failed = false;
		try {
			await this.#state.answer(crisis.id, status);
			this.announcement = this.t(`crisis.banner.sent.${status}`);
			this.#focusStatus = true;
			this.dispatchEvent(new CustomEvent('bk-crisis-answered', { bubbles: true, composed: true, detail: { crisisId: crisis.id, status } }));
		} catch {
			this.failed = true;
		} finally {
			this.busy = false;
		}
	}

	updated() {
		for (const child of this.renderRoot.children) if (child.getAttribute('lang') !== this.language) child.setAttribute('lang', this.language);
		this.#focusLinked();
		if (!this.#focusStatus) return;
		this.#focusStatus = false;
		this.renderRoot.querySelector('.status')?.focus();
	}

	/** The crisis message the page's address links to, focused once per page by the announcing banner. */
	#focusLinked() {
		const state = this.#state;
		const linked = linkedId(this.linkParameter);
		if (!linked || !state || state.linkedShown || state.announcer() !== this) return;
		const crisis = this.renderRoot.querySelector(`[data-crisis-id="${CSS.escape(linked)}"]`);
		if (!crisis) return;
		state.linkedShown = true;
		crisis.scrollIntoView?.({ block: 'start' });
		crisis.focus({ preventScroll: true });
	}

	render() {
		const state = this.#state;
		const crises = state?.unanswered ?? [];
		const announcer = state ? state.announcer() === this : false;
		const empty = crises.length === 0 && !this.announcement && !this.failed;
		return html`<div class=${empty ? 'frame empty' : 'frame'} part="base">
			${announcer
				? html`<div class="region" role="alert" part="alert-region">${crises.map((crisis) => this.#renderCrisis(crisis, true))}</div>`
				: crises.map((crisis) => this.#renderCrisis(crisis, false))}
			${this.failed ? html`<p class="error" role="alert" part="error">${this.t('crisis.banner.error')}</p>` : nothing}
			<p class="status" role="status" part="status" tabindex="-1">${this.announcement}</p>
		</div>`;
	}

	#renderCrisis(crisis, full) {
		const severity = ICONS[crisis.severity] ? crisis.severity : 'WARNING';
		const titleId = `title-${crisis.id}`;
		const label = `${this.t('crisis.banner.label')}${crisis.exercise ? ` – ${this.t('crisis.exercise')}` : ''}`;
		const linked = crisis.id === linkedId(this.linkParameter);
		return html`<section class="crisis ${severity.toLowerCase()} ${full ? 'full' : 'compact'}" part="crisis"
				aria-label=${full ? nothing : label} data-crisis-id=${crisis.id} tabindex=${linked ? '-1' : nothing}>
			<p class="tags">
				${crisis.exercise ? html`<span class="exercise" part="exercise">${this.t('crisis.exercise')}</span>` : nothing}
				<span class="severity" part="severity"><span class="icon" aria-hidden="true">${ICONS[severity]}</span>
					${this.t('crisis.banner.severity', { severity: this.t(`crisis.severity.${severity}`) })}</span>
			</p>
			<p class="title" id=${titleId}>${crisis.title}</p>
			${full ? html`<p class="body">${crisis.body}</p>` : nothing}
			${full && crisis.latestUpdate ? html`<p class="update" part="update"><span class="label">${this.t('crisis.banner.update',
				{ time: formatDateTime(crisis.updatedAt, this.language) })}</span> ${crisis.latestUpdate}</p>` : nothing}
			${full && crisis.exercise ? html`<p class="exercise-note">${this.t('crisis.banner.exercise-note')}</p>` : nothing}
			<div class="actions">${(ANSWERS[crisis.confirmation] ?? ANSWERS.RECEIVED).map((status) => html`<button type="button"
				class=${status === 'NEED_HELP' ? 'help' : ''} part="answer-button" aria-describedby=${titleId} ?disabled=${this.busy}
				@click=${() => this.#answer(crisis, status)}>${this.t(`crisis.answer.${status}`)}</button>`)}</div>
		</section>`;
	}
}
