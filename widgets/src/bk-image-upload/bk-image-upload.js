/**
 * `<bk-image-upload>` lets someone who writes a post insert an image: they describe it (the alt text), pick a file,
 * and the element uploads it (`POST /api/v1/attachments`, multipart field `file`) and emits `bk-image-inserted` with
 * the Markdown to put into the post, `![alt](/api/v1/attachments/{id})`. The hub re-encodes the image, and serves it
 * only to the post's readers.
 *
 * @fires bk-image-inserted - `{id, alt, markdown, url, width, height}` after an upload
 * @csspart base - the whole element
 * @csspart alt-input - the text field for the alt text
 * @csspart file-input - the file picker labelled "Infoga bild"
 * @csspart status - where progress and success are announced
 * @csspart alert - an error
 */
import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-client.js';
import { BkElement } from '../shared/bk-element.js';
import { sharedStyles } from '../shared/styles.js';
import { styles } from './bk-image-upload.styles.js';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp';

export class BkImageUpload extends BkElement {
	static elementName = 'bk-image-upload';
	static styles = [sharedStyles, styles];
	static properties = {
		alt: { state: true },
		uploading: { state: true },
		announcement: { state: true },
		error: { state: true },
	};

	constructor() {
		super();
		this.alt = '';
		this.uploading = false;
		this.announcement = '';
		this.error = '';
	}

	/** Nothing to load: the element only sends. */
	fetchData() {
		return null;
	}

	render() {
		return html`<div class="base" part="base" lang=${this.language}>
			<div class="field">
				<label for="alt">${this.t('image-upload.alt')}</label>
				<p class="hint" id="alt-hint">${this.t('image-upload.alt-hint')}</p>
				<input id="alt" type="text" part="alt-input" maxlength="200" aria-describedby="alt-hint"
					aria-invalid=${this.error === 'alt' ? 'true' : 'false'} .value=${this.alt}
					@input=${(event) => { this.alt = event.target.value; }}>
			</div>
			<div class="field">
				<label for="file">${this.t('image-upload.label')}</label>
				<input id="file" type="file" part="file-input" accept=${ACCEPT} aria-describedby="file-hint"
					?disabled=${this.uploading} @change=${this.#chosen}>
				<p class="hint" id="file-hint">${this.t('image-upload.file-hint')}</p>
			</div>
			<p class="status" role="status" part="status">${this.uploading
				? html`<span class="spinner" aria-hidden="true"></span>${this.t('image-upload.uploading')}`
				: this.announcement}</p>
			${this.error ? html`<p class="alert" role="alert" part="alert">${this.t(`image-upload.error.${this.error}`)}</p>`
				: nothing}
		</div>`;
	}

	async #chosen(event) {
		const input = event.target;
		const file = input.files?.[0];
		if (!file) return;
		this.announcement = '';
		if (!this.alt.trim()) {
			this.error = 'alt';
			input.value = '';
			await this.updateComplete;
			this.renderRoot.querySelector('#alt')?.focus();
			return;
		}
		await this.#upload(file);
		input.value = '';
	}

	async #upload(file) {
		this.error = '';
		this.uploading = true;
		const form = new FormData();
		form.append('file', file, file.name);
		try {
			const uploaded = await this.api.sendForm('attachments', form);
			const alt = this.alt.trim().replace(/[[\]\\]/g, '');
			const markdown = `![${alt}](/api/v1/attachments/${uploaded.id})`;
			this.alt = '';
			this.announcement = this.t('image-upload.inserted');
			this.emit('bk-image-inserted', { ...uploaded, alt, markdown });
		} catch (error) {
			this.error = this.#errorOf(error);
		} finally {
			this.uploading = false;
		}
	}

	#errorOf(error) {
		if (error instanceof ApiProblem && error.status === 413) return 'too-large';
		if (error instanceof ApiProblem && error.status === 415) return 'type';
		if (error instanceof ApiProblem && error.status === 403) return 'forbidden';
		return 'generic';
	}
}
