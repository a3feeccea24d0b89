/**
 * The question lists of `<bk-ask-manager>`: the asker's own questions (`box=mine`) and the unit's questions and
 * answers (`box=unit`) with upvotes (`PUT`/`DELETE /api/v1/questions/{id}/upvote`).
 */
import { html, nothing } from 'lit';
import { heading } from '../shared/heading.js';
import { formatTime, problemErrors, renderErrors, stateText } from '../shared/question-thread.js';

/** The asker's own questions. */
export function renderMine(host, items) {
	return host.section('mine', 'ask-manager.mine', items.length
		? html`<ul class="list" part="list">${items.map((item) => renderItem(host, item, nothing))}</ul>`
		: html`<p class="empty" part="empty">${host.t('ask-manager.mine.empty')}</p>`);
}

/** The unit's questions and answers, each with its upvote button. */
export function renderUnit(host, items) {
	return host.section('unit', 'ask-manager.unit', html`${renderErrors(host, host.listErrors, 'list-errors')}
		${items.length
			? html`<ul class="list" part="list">${items.map((item) => renderItem(host, item, upvote(host, item)))}</ul>`
			: html`<p class="empty" part="empty">${host.t('ask-manager.unit.empty')}</p>`}`);
}

function renderItem(host, item, extra) {
	return html`<li class="item" part="item">
		${heading(host.level + 2, { cls: 'item-title', part: 'item-title' }, item.subject)}
		<p class="meta">${formatTime(host, item.askedAt)} · <span class=${item.overdue ? 'overdue' : ''}>${stateText(host, item)}</span>
			· ${host.t('question.message-count', { count: item.messageCount ?? 0 })}</p>
		<div class="actions">
			<button type="button" class="secondary" part="open-button"
				aria-label="${host.t('question.open')}: ${item.subject}" @click=${() => host.openQuestion(item.id)}>${host.t('question.open')}</button>
			${extra}
		</div>
	</li>`;
}

function upvote(host, item) {
	return html`<button type="button" class="secondary" part="upvote-button" aria-pressed=${item.upvoted ? 'true' : 'false'}
			aria-label="${host.t('ask-manager.upvote')}: ${item.subject}" @click=${() => toggleUpvote(host, item)}>${host.t('ask-manager.upvote')}</button>
		<span class="count" part="upvote-count">${host.t('ask-manager.upvotes', { count: item.upvotes ?? 0 })}</span>`;
}

async function toggleUpvote(host, item) {
	host.listErrors = [];
	try {
		const result = await host.api.send(item.upvoted ? 'DELETE' : 'PUT', `questions/${item.id}/upvote`);
		const data = host.state.data;
		const unit = data.unit.map((entry) => (entry.id === item.id ? { ...entry, ...result } : entry));
		host.state = { status: 'loaded', data: { ...data, unit } };
		host.announcement = host.t(result.upvoted ? 'ask-manager.upvoted' : 'ask-manager.upvote-removed', { count: result.upvotes });
		host.emit('bk-question-upvoted', { id: item.id, upvoted: result.upvoted, upvotes: result.upvotes });
	} catch (error) {
		host.listErrors = problemErrors(host, error);
	}
}
