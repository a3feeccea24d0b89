/**
 * The follow-up key of `<bk-ask-manager>`: shown once after an anonymous question (copy, remember on this device),
 * and the form that opens a question by its key (`GET /api/v1/questions/follow-up`), with the keys remembered here.
 */
import { html, nothing } from 'lit';
import { heading } from '../shared/heading.js';
import { FOLLOW_UP_HEADER, problemErrors, renderErrors } from '../shared/question-thread.js';
import { keyGroups, keyToSend } from './follow-up-key.js';

/** Where follow-up keys are kept on this device, and only after the person said so. */
export const REMEMBERED_KEYS = 'budkavle.question-follow-up-keys';

/** The keys remembered on this device: `[{key, subject}]`; nothing when storage is unavailable or garbled. */
export function rememberedKeys() {
	try {
		const stored = JSON.parse(globalThis.localStorage?.getItem(REMEMBERED_KEYS) ?? '[]');
		return Array.isArray(stored) ? stored.filter((entry) => typeof entry?.key === 'string') : [];
	} catch {
		return [];
	}
}

function storeKeys(entries) {
	try {
		if (entries.length) globalThis.localStorage?.setItem(REMEMBERED_KEYS, JSON.stringify(entries));
		else globalThis.localStorage?.removeItem(REMEMBERED_KEYS);
		return true;
	} catch {
		return false;
	}
}

/** The key of the anonymous question just asked, shown once, with copy and remember. */
export function renderKey(host) {
	const { created } = host;
	return html`<section class="part key-panel" part="section follow-up-key" aria-labelledby="key-heading">
		${heading(host.level + 1, { id: 'key-heading', cls: 'section-heading', part: 'section-heading', focusable: true }, host.t('ask-manager.key.heading'))}
		<p class="warning" part="key-warning"><strong>${host.t('ask-manager.key.warning')}</strong></p>
		<div class="field">
			<label for="follow-up-key">${host.t('ask-manager.key.label')}</label>
			<textarea id="follow-up-key" part="key-output" rows="2" readonly spellcheck="false" .value=${keyGroups(created.key).join(' – ')}
				@focus=${(event) => event.target.select()}></textarea>
		</div>
		<div class="actions">
			<button type="button" part="copy-button" @click=${() => copy(host)}>${host.t('ask-manager.key.copy')}</button>
		</div>
		<div class="check">
			<input type="checkbox" id="remember" part="remember-checkbox" .checked=${created.remembered} aria-describedby="remember-hint"
				@change=${(event) => remember(host, event.target.checked)}>
			<span><label for="remember">${host.t('ask-manager.key.remember')}</label>
				<span class="hint block" id="remember-hint">${host.t('ask-manager.key.remember-hint')}</span></span>
		</div>
		<div class="actions">
			<button type="button" class="secondary" part="key-done-button" @click=${() => keyDone(host)}>${host.t('ask-manager.key.done')}</button>
		</div>
	</section>`;
}

async function copy(host) {
	try {
		await navigator.clipboard.writeText(host.created.key);
		host.announcement = host.t('ask-manager.key.copied');
	} catch {
		const field = host.renderRoot.querySelector('#follow-up-key');
		field?.focus();
		field?.select();
		host.announcement = host.t('ask-manager.key.copy-yourself');
	}
}

function remember(host, wanted) {
	const { key, subject } = host.created;
	const others = rememberedKeys().filter((entry) => entry.key !== key);
	const stored = storeKeys(wanted ? [...others, { key, subject }] : others);
	host.created = { ...host.created, remembered: wanted && stored };
	host.saved = rememberedKeys();
	host.announcement = host.t(!stored ? 'ask-manager.key.storage-unavailable'
		: wanted ? 'ask-manager.key.remembered' : 'ask-manager.key.forgotten');
}

function keyDone(host) {
	host.created = null;
	host.announcement = '';
	host.focusAfterUpdate('#ask-heading');
}

/** The form that opens a question by its key, and the keys remembered on this device. */
export function renderByKey(host) {
	return host.section('by-key', 'ask-manager.by-key', html`<form part="key-form" novalidate @submit=${(event) => openByKey(host, event)}>
		${renderErrors(host, host.keyErrors, 'key-errors')}
		<div class="field">
			<label for="key-input">${host.t('ask-manager.key.label')}</label>
			<p class="hint" id="key-input-hint">${host.t('ask-manager.by-key.hint')}</p>
			<input id="key-input" type="text" part="key-input" autocomplete="off" spellcheck="false" aria-describedby="key-input-hint"
				.value=${host.keyInput} @input=${(event) => { host.keyInput = event.target.value; }}>
		</div>
		<div class="actions"><button type="submit" part="open-key-button">${host.t('ask-manager.by-key.open')}</button></div>
		${host.saved.length ? html`<p class="hint">${host.t('ask-manager.saved-keys')}</p>
			<ul class="list" part="saved-keys">${host.saved.map((entry) => html`<li class="actions saved" part="saved-key">
				<button type="button" class="secondary" @click=${() => openKey(host, entry.key)}>${host.t('question.open')}:
					${entry.subject || host.t('ask-manager.key.label')}</button>
				<button type="button" class="secondary" aria-label="${host.t('ask-manager.forget')}: ${entry.subject || host.t('ask-manager.key.label')}"
					@click=${() => forget(host, entry.key)}>${host.t('ask-manager.forget')}</button>
			</li>`)}</ul>` : nothing}
	</form>`);
}

function openByKey(host, event) {
	event.preventDefault();
	const key = host.keyInput.trim();
	if (!key) {
		host.keyErrors = [{ message: host.t('question.error.empty', { field: host.t('ask-manager.key.label') }) }];
		host.focusAfterUpdate('#key-input');
		return;
	}
	openKey(host, key);
}

async function openKey(host, typed) {
	host.keyErrors = [];
	const key = keyToSend(typed);
	if (!/^[\x21-\x7e]+$/.test(key)) {
		// Keys are words (sent folded to ASCII) or, from before, URL-safe Base64; anything else cannot be one.
		host.keyErrors = [{ message: host.t('ask-manager.error.wrong-key') }];
		host.focusAfterUpdate('#key-input');
		return;
	}
	try {
		const question = await host.api.send('GET', 'questions/follow-up', { headers: { [FOLLOW_UP_HEADER]: key } });
		host.keyInput = '';
		host.showQuestion({ question, key });
	} catch (error) {
		host.keyErrors = problemErrors(host, error, { notFoundKey: 'ask-manager.error.wrong-key' });
		host.focusAfterUpdate('#key-input');
	}
}

function forget(host, key) {
	storeKeys(rememberedKeys().filter((entry) => entry.key !== key));
	host.saved = rememberedKeys();
	host.announcement = host.t('ask-manager.key.forgotten');
	host.focusAfterUpdate('#key-input');
}
