/**
 * `<bk-ask-manager>` lets an employee ask their manager a question (`POST /api/v1/questions`), by name or
 * anonymously, follow their own questions and answers (`box=mine`), open an anonymous question with its follow-up
 * key, and read and upvote the unit's questions and answers (`box=unit`). An asker whose own unit is too small to be
 * named on an anonymous question is told where it would be labelled instead (`GET /api/v1/questions/anonymity`).
 *
 * @summary Ask the manager (anonymously if wanted), follow one's own questions and read the unit's Q&A.
 * @attr heading-level - level of the element's heading (1–6, default 2); sections are one below
 * @attr unit - a unit higher in the asker's manager chain to ask instead of their own managers
 * @fires bk-question-asked - a question was asked; `detail`: `{id, anonymous, visibility}`
 * @fires bk-question-replied - the asker replied; `detail`: `{id}`
 * @fires bk-question-closed - the asker closed a question; `detail`: `{id}`
 * @fires bk-question-upvoted - an upvote was given or taken back; `detail`: `{id, upvoted, upvotes}`
 * @csspart base - the frame
 * @csspart section - each section (with `ask`, `mine`, `by-key`, `unit` or `follow-up-key`)
 * @csspart follow-up-key - the section with the key of an anonymous question just asked
 * @csspart form - the asking form
 * @csspart recipient - who the question goes to
 * @csspart field-error - an error at its field
 * @csspart visibility - the choice of who sees the question
 * @csspart anonymous-checkbox - "Ställ frågan anonymt"
 * @csspart anonymous-explained - what anonymous means and does not mean
 * @csspart small-group-warning - where an anonymous question from a small unit is labelled instead
 * @csspart submit-button - sends the question
 * @csspart key-warning - the warning that the key is shown once
 * @csspart key-output - the follow-up key
 * @csspart copy-button - copies the key
 * @csspart remember-checkbox - remembers the key on this device
 * @csspart key-done-button - closes the key panel
 * @csspart list - a list of questions
 * @csspart item - one question in a list
 * @csspart empty - says a list is empty
 * @csspart open-button - opens a question in full
 * @csspart upvote-button - toggles the viewer's upvote (`aria-pressed`)
 * @csspart upvote-count - the number of upvotes
 * @csspart key-form - the form that opens a question by its key
 * @csspart key-input - the key typed in
 * @csspart open-key-button - opens the question of the key
 * @csspart saved-keys - the keys remembered on this device
 * @csspart saved-key - one remembered key with open and forget
 * @csspart reply-form - the reply form of an opened question
 * @csspart reply-input - the reply
 * @csspart reply-button - sends the reply
 * @csspart close-button - closes the question
 * @csspart back-button - back to the lists
 */
import { html, nothing } from 'lit';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import { heading } from '../shared/heading.js';
import { problemErrors, questionStyles } from '../shared/question-thread.js';
import { styles } from './bk-ask-manager.styles.js';
import { emptyDraft, renderForm } from './ask-form.js';
import { rememberedKeys, renderByKey, renderKey } from './key-view.js';
import { renderMine, renderUnit } from './question-lists.js';
import { renderOpened } from './thread-view.js';

export { REMEMBERED_KEYS } from './key-view.js';

export class BkAskManager extends BkElement {
	static elementName = 'bk-ask-manager';
	static styles = [sharedStyles, questionStyles, styles];
	static properties = {
		headingLevel: { type: Number, attribute: 'heading-level' },
		unit: { type: String },
		draft: { state: true },
		formErrors: { state: true },
		submitting: { state: true },
		announcement: { state: true },
		created: { state: true },
		opened: { state: true },
		threadErrors: { state: true },
		reply: { state: true },
		keyInput: { state: true },
		keyErrors: { state: true },
		listErrors: { state: true },
		saved: { state: true },
	};

	constructor() {
		super();
		/** Level of the widget's heading (1–6), default 2; sections are one level below. */
		this.headingLevel = 2;
		/** Optional id of a unit above the asker's own (in their manager chain) to ask instead of their own managers. */
		this.unit = '';
		this.draft = emptyDraft();
		this.formErrors = [];
		this.submitting = false;
		this.announcement = '';
		/** The answer to an anonymous question just asked: `{id, subject, key, remembered}`, until dismissed. */
		this.created = null;
		/** The question shown in full: `{question, key?}`. */
		this.opened = null;
		this.threadErrors = [];
		this.reply = '';
		this.keyInput = '';
		this.keyErrors = [];
		this.listErrors = [];
		this.saved = rememberedKeys();
	}

	async fetchData(api, signal) {
		const target = this.unit ? `?unit=${encodeURIComponent(this.unit)}` : '';
		const [mine, unit, anonymity] = await Promise.all([
			api.get('questions?box=mine', { signal }),
			api.get('questions?box=unit', { signal }),
			// only a warning: without it the form still works, so a failure here is not the widget's error
			api.get(`questions/anonymity${target}`, { signal }).catch(() => null),
		]);
		return { mine: mine?.items ?? [], unit: unit?.items ?? [], anonymity };
	}

	/** The level of the element's heading; its sections are one below. */
	get level() {
		return this.headingLevelOr();
	}

	render() {
		const loading = this.state.status === 'loading';
		return html`<section class="base" part="base" lang=${this.language} aria-busy=${loading} aria-labelledby="heading">
			${heading(this.level, { id: 'heading', cls: 'heading', part: 'heading', focusable: true }, this.t('ask-manager.heading'))}
			<p class="status" role="status" part="status">${loading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('ask-manager.loading')}`
				: this.announcement}</p>
			${this.renderAlert()}
			${this.opened ? renderOpened(this) : this.#renderHome()}
		</section>`;
	}

	#renderHome() {
		const loaded = this.state.status === 'loaded';
		return html`${this.created ? renderKey(this) : nothing}
			${renderForm(this)}
			${loaded ? renderMine(this, this.state.data.mine) : nothing}
			${renderByKey(this)}
			${loaded ? renderUnit(this, this.state.data.unit) : nothing}`;
	}

	/** A section of the element with its heading one level below the element's. */
	section(id, titleKey, content) {
		return html`<section class="part" part="section ${id}" aria-labelledby="${id}-heading">
			${heading(this.level + 1, { id: `${id}-heading`, cls: 'section-heading', part: 'section-heading', focusable: true }, this.t(titleKey))}
			${content}
		</section>`;
	}

	// One question in full

	/** Opens the question `id` in full. */
	async openQuestion(id) {
		this.listErrors = [];
		try {
			this.showQuestion({ question: await this.api.get(`questions/${id}`) });
		} catch (error) {
			this.listErrors = problemErrors(this, error);
		}
	}

	/** Shows `opened` (`{question, key?}`) in full, focus on its heading. */
	showQuestion(opened) {
		this.opened = opened;
		this.threadErrors = [];
		this.reply = '';
		this.announcement = '';
		this.focusAfterUpdate('#thread-heading');
	}
}
