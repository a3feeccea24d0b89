/**
 * The asking form of `<bk-ask-manager>`: subject, question, visibility and anonymity explained, sent as
 * `POST /api/v1/questions`; field errors are shown at the fields and focus goes to the first.
 */
import { html, nothing } from 'lit';
import { problemErrors, renderErrors } from '../shared/question-thread.js';

/** A form with nothing filled in, visible only to the managers. */
export function emptyDraft() {
	return { subject: '', body: '', visibility: 'PRIVATE', anonymous: false };
}

/** The asking form, in its section. */
export function renderForm(host) {
	const { draft } = host;
	return host.section('ask', 'ask-manager.ask', html`<form part="form" novalidate @submit=${(event) => submit(host, event)}>
		${renderErrors(host, host.formErrors, 'form-errors')}
		<p class="hint" part="recipient">${host.t(host.unit ? 'ask-manager.recipient-unit' : 'ask-manager.recipient')}</p>
		${textField(host, 'subject', 'input', 200)}
		${textField(host, 'body', 'textarea', 4000)}
		<fieldset part="visibility">
			<legend>${host.t('ask-manager.visibility')}</legend>
			${['PRIVATE', 'UNIT'].map((value) => html`<div class="check">
				<input type="radio" name="visibility" id="visibility-${value}" value=${value} .checked=${draft.visibility === value}
					aria-describedby="visibility-${value}-hint" @change=${() => update(host, 'visibility', value)}>
				<span><label for="visibility-${value}">${host.t(`ask-manager.visibility.${value}`)}</label>
					<span class="hint block" id="visibility-${value}-hint">${host.t(`ask-manager.visibility.${value}.hint`)}</span></span>
			</div>`)}
		</fieldset>
		<div class="field">
			<div class="check">
				<input type="checkbox" id="anonymous" part="anonymous-checkbox" .checked=${draft.anonymous}
					aria-describedby="anonymous-explained" @change=${(event) => update(host, 'anonymous', event.target.checked)}>
				<label for="anonymous">${host.t('ask-manager.anonymous')}</label>
			</div>
			<div class="explain" id="anonymous-explained" part="anonymous-explained">
				${renderSmallGroup(host)}
				<p><strong>${host.t('ask-manager.anonymous.means')}</strong></p>
				<ul>
					<li>${host.t('ask-manager.anonymous.no-link')}</li>
					<li>${host.t('ask-manager.anonymous.nobody-sees')}</li>
					<li>${host.t('ask-manager.anonymous.key')}</li>
				</ul>
				<p><strong>${host.t('ask-manager.anonymous.not')}</strong></p>
				<ul>
					<li>${host.t('ask-manager.anonymous.text-reveals')}</li>
					<li>${host.t('ask-manager.anonymous.not-in-mine')}</li>
				</ul>
			</div>
		</div>
		<div class="actions">
			<button type="submit" part="submit-button" aria-disabled=${host.submitting ? 'true' : 'false'}>${host.t(host.submitting
				? 'ask-manager.sending' : 'ask-manager.send')}</button>
		</div>
	</form>`);
}

/** Warns an asker whose own unit has fewer than k people where an anonymous question goes instead, if anywhere. */
function renderSmallGroup(host) {
	const anonymity = host.state.status === 'loaded' ? host.state.data.anonymity : null;
	if (!anonymity?.ownUnitSmall) return nothing;
	const params = { unit: anonymity.ownUnit?.name ?? '', k: anonymity.minimumGroupSize, labelled: anonymity.labelledAt?.name ?? '' };
	return html`<p class="small-group" part="small-group-warning">${host.t(anonymity.labelledAt
		? 'ask-manager.anonymous.small-group' : 'ask-manager.anonymous.too-small', params)}</p>`;
}

function textField(host, field, kind, maxlength) {
	const message = host.formErrors.filter((error) => error.field === field).map((error) => error.message).join(' ');
	const input = (event) => update(host, field, event.target.value);
	return html`<div class="field">
		<label for=${field}>${host.t(`question.field.${field}`)}</label>
		${message ? html`<p class="field-error" id="${field}-error" part="field-error">${message}</p>` : nothing}
		${kind === 'textarea'
			? html`<textarea id=${field} part="${field}-input" rows="6" maxlength=${maxlength} aria-required="true"
				aria-invalid=${message ? 'true' : 'false'} aria-describedby=${message ? `${field}-error` : nothing}
				.value=${host.draft[field]} @input=${input}></textarea>`
			: html`<input id=${field} type="text" part="${field}-input" maxlength=${maxlength} aria-required="true"
				aria-invalid=${message ? 'true' : 'false'} aria-describedby=${message ? `${field}-error` : nothing}
				.value=${host.draft[field]} @input=${input}>`}
	</div>`;
}

function update(host, field, value) {
	host.draft = { ...host.draft, [field]: value };
}

async function submit(host, event) {
	event.preventDefault();
	if (host.submitting) return;
	host.announcement = '';
	const errors = ['subject', 'body'].filter((field) => !host.draft[field].trim())
		.map((field) => ({ field, message: host.t('question.error.empty', { field: host.t(`question.field.${field}`) }) }));
	if (errors.length) {
		showFormErrors(host, errors);
		return;
	}
	host.formErrors = [];
	host.submitting = true;
	const { subject, body, visibility, anonymous } = host.draft;
	try {
		const created = await host.api.send('POST', 'questions', {
			body: { subject: subject.trim(), body: body.trim(), unitId: host.unit || null, anonymous, visibility },
		});
		asked(host, created, anonymous);
	} catch (error) {
		showFormErrors(host, problemErrors(host, error));
	} finally {
		host.submitting = false;
	}
}

function asked(host, created, anonymous) {
	host.draft = emptyDraft();
	host.emit('bk-question-asked', { id: created?.id, anonymous, visibility: created?.visibility });
	if (anonymous && created?.followUpKey) {
		host.created = { id: created.id, subject: created.subject, key: created.followUpKey, remembered: false };
		host.announcement = host.t('ask-manager.asked-anonymously');
		host.focusAfterUpdate('#key-heading');
		return;
	}
	host.announcement = host.t('ask-manager.asked');
	if (host.state.status === 'loaded' && created) {
		const summary = { ...created, excerpt: created.body, messageCount: 0 };
		const data = host.state.data;
		host.state = { status: 'loaded', data: {
			...data,
			mine: [summary, ...data.mine],
			unit: created.visibility === 'UNIT' ? [summary, ...data.unit] : data.unit,
		} };
	}
}

function showFormErrors(host, errors) {
	host.formErrors = errors;
	const field = errors.find((error) => error.field)?.field;
	host.focusAfterUpdate(field ? `#${field}` : '[part~="submit-button"]');
}
