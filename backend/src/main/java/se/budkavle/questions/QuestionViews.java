package se.budkavle.questions;

import java.time.Instant;
import java.util.List;

import se.budkavle.questions.QuestionStore.HistoryEvent;
import se.budkavle.questions.QuestionStore.Message;
import se.budkavle.questions.QuestionView.EventView;
import se.budkavle.questions.QuestionView.Label;
import se.budkavle.questions.QuestionView.MessageView;

/**
 * Turns stored questions into what the API shows, hiding the asker of an anonymous question behind
 * "Frågeställaren".
 */
final class QuestionViews {

	private static final int EXCERPT = 160;

	private QuestionViews() {
	}

	static QuestionView view(QuestionRow q, List<Message> messages, List<HistoryEvent> events, Instant now,
			String followUpKey) {
		var access = q.access();
		boolean open = q.state() != QuestionState.CLOSED;
		var permissions = new QuestionView.Permissions(open && access.takesPart(), open && access.takesPart(),
				open && access.currentRecipient() && !q.withHr(), q.visibility() == Visibility.UNIT);
		return new QuestionView(q.id(), q.subject(), q.body(), q.anonymous(), q.visibility(), q.state(), q.askedAt(),
				q.answerDueAt(), q.overdue(now), q.firstAnsweredAt(), q.closedAt(), asker(q),
				new Label(q.unitId(), q.unitName()), new Label(q.askedUnitId(), q.askedUnitName()), q.withHr(),
				q.upvotes(), access.upvoted(), messages.stream().map(QuestionViews::message).toList(),
				events.stream().map(QuestionViews::event).toList(), permissions, followUpKey);
	}

	static QuestionView.Summary summary(QuestionRow q, Instant now) {
		String excerpt = (q.body().length() > EXCERPT) ? q.body().substring(0, EXCERPT - 1) + "…" : q.body();
		return new QuestionView.Summary(q.id(), q.subject(), excerpt, q.anonymous(), q.visibility(), q.state(),
				q.askedAt(), q.answerDueAt(), q.overdue(now), asker(q), new Label(q.unitId(), q.unitName()),
				new Label(q.askedUnitId(), q.askedUnitName()), q.withHr(), q.upvotes(), q.access().upvoted(),
				q.messageCount());
	}

	private static Label asker(QuestionRow q) {
		return q.anonymous() ? new Label(null, QuestionView.ANONYMOUS_ASKER) : new Label(q.askerId(), q.askerName());
	}

	private static MessageView message(Message m) {
		Label author = (m.authorId() != null) ? new Label(m.authorId(), m.authorName())
				: new Label(null, QuestionView.ANONYMOUS_ASKER);
		return new MessageView(m.id(), m.body(), author, m.byAsker(), m.at());
	}

	private static EventView event(HistoryEvent e) {
		Label by = (e.actorId() != null) ? new Label(e.actorId(), e.actorName())
				: e.byAsker() ? new Label(null, QuestionView.ANONYMOUS_ASKER) : null;
		return new EventView(e.kind(), e.at(), by, label(e.fromUnitId(), e.fromUnitName()),
				label(e.toUnitId(), e.toUnitName()), e.toHr(), e.note());
	}

	private static Label label(java.util.UUID id, String name) {
		return (id != null) ? new Label(id, name) : null;
	}
}
