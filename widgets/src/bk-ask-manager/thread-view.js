/**
 * One question in full in `<bk-ask-manager>`: the thread, a reply (`…/answers`) and closing it (`…/closure`), with the
 * follow-up key as proof for an anonymous question opened by its key.
 */
import { html, nothing } from 'lit';
import { FOLLOW_UP_HEADER, problemErrors, renderErrors, renderThread } from '../shared/question-thread.js';
import { keyToSend } from './follow-up-key.js';

/** The opened question's thread with reply, close and back. */
export function renderOpened(host) {
	const { question } = host.opened;
	const { permissions = {} } = question;
	const actions = html`${renderErrors(host, host.threadErrors, 'thread-errors')}
		${permissions.answer ? html`<form part="reply-form" novalidate @submit=${(event) => sendReply(host, event)}>
			<div class="field">
				<label for="reply">${host.t('ask-manager.reply')}</label>
				<textarea id="reply" part="reply-input" rows="4" maxlength="4000" .value=${host.reply}
					@input=${(event) => { host.reply = event.target.value; }}></textarea>
			</div>
			<div class="actions"><button type="submit" part="reply-button">${host.t('ask-manager.send-reply')}</button></div>
		</form>` : nothing}
		<div class="actions">
			${permissions.close ? html`<button type="button" class="secondary" part="close-button" @click=${() => close(host)}>${host.t('question.close')}</button>` : nothing}
			<button type="button" class="secondary" part="back-button" @click=${() => back(host)}>${host.t('question.back')}</button>
		</div>`;
	return renderThread(host, question, { level: host.level + 1, actions });
}

function headers(host) {
	return host.opened?.key ? { [FOLLOW_UP_HEADER]: keyToSend(host.opened.key) } : {};
}

async function sendReply(host, event) {
	event.preventDefault();
	if (!host.reply.trim()) {
		host.threadErrors = [{ field: 'body', message: host.t('question.error.empty', { field: host.t('ask-manager.reply') }) }];
		host.focusAfterUpdate('#reply');
		return;
	}
	await act(host, `questions/${host.opened.question.id}/answers`, { body: host.reply.trim() }, 'ask-manager.replied', 'bk-question-replied');
	if (!host.threadErrors.length) host.reply = '';
}

function close(host) {
	return act(host, `questions/${host.opened.question.id}/closure`, undefined, 'question.closed', 'bk-question-closed');
}

async function act(host, path, body, doneKey, eventType) {
	host.threadErrors = [];
	try {
		const question = await host.api.send('POST', path, { body, headers: headers(host) });
		host.opened = { ...host.opened, question };
		host.announcement = host.t(doneKey);
		host.emit(eventType, { id: question.id });
		updateSummary(host, question);
	} catch (error) {
		host.threadErrors = problemErrors(host, error);
		host.focusAfterUpdate(host.renderRoot.querySelector('#reply') ? '#reply' : '[part~="back-button"]');
	}
}

function updateSummary(host, question) {
	if (host.state.status !== 'loaded') return;
	const update = (items) => items.map((item) => (item.id === question.id
		? { ...item, state: question.state, overdue: question.overdue, messageCount: question.messages?.length ?? item.messageCount }
		: item));
	const { data } = host.state;
	host.state = { status: 'loaded', data: { ...data, mine: update(data.mine), unit: update(data.unit) } };
}

function back(host) {
	host.opened = null;
	host.threadErrors = [];
	host.announcement = '';
	host.focusAfterUpdate('#heading');
}
