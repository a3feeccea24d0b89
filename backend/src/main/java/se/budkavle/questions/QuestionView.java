package se.budkavle.questions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A question with its thread and history as the viewer may see it; {@code followUpKey} only in the answer to an
 * anonymous question's creation, the one time it is ever shown.
 */
record QuestionView(UUID id, String subject, String body, boolean anonymous, Visibility visibility,
		QuestionState state, Instant askedAt, Instant answerDueAt, boolean overdue, Instant firstAnsweredAt,
		Instant closedAt, Label asker, Label unit, Label askedUnit, boolean withHr, int upvotes, boolean upvoted,
		List<MessageView> messages, List<EventView> events, Permissions permissions, String followUpKey) {

	/** What the asker of an anonymous question is called wherever a name would stand. */
	static final String ANONYMOUS_ASKER = "Frågeställaren";

	/** A person or unit by id and name; the id is null for an anonymous asker. */
	record Label(UUID id, String name) {
	}

	record MessageView(UUID id, String body, Label author, boolean byAsker, Instant at) {
	}

	/** One entry of the history; hand-overs name the units (or HR) they went between. */
	record EventView(String kind, Instant at, Label by, Label fromUnit, Label toUnit, boolean toHr, String note) {
	}

	record Permissions(boolean answer, boolean close, boolean forward, boolean upvote) {
	}

	/** A question in a list. */
	record Summary(UUID id, String subject, String excerpt, boolean anonymous, Visibility visibility,
			QuestionState state, Instant askedAt, Instant answerDueAt, boolean overdue, Label asker, Label unit,
			Label askedUnit, boolean withHr, int upvotes, boolean upvoted, long messageCount) {
	}

	/** A page of questions. */
	record Page(List<Summary> items, String next) {
	}

	/**
	 * Where an anonymous question would be labelled, told to the asker before they send it.
	 *
	 * @param ownUnit the asker's own unit
	 * @param ownUnitSmall whether fewer than {@code minimumGroupSize} active people are in the own unit's subtree
	 * @param labelledAt the unit an anonymous question would go to and be shown as asked in; null when no unit above
	 * the asker is big enough and has a manager (then an anonymous question is refused)
	 * @param minimumGroupSize k: the fewest people the unit of an anonymous question may have
	 */
	record Anonymity(Label ownUnit, boolean ownUnitSmall, Label labelledAt, int minimumGroupSize) {
	}

	/** The upvotes of a unit question after the viewer's change. */
	record Upvotes(int upvotes, boolean upvoted) {
	}
}
