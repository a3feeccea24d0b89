package se.budkavle.comments;

/** What a moderator does to a comment; both keep its content. */
enum ModerationAction {

	HIDE(CommentState.HIDDEN), RESTORE(CommentState.VISIBLE);

	private final CommentState leadsTo;

	ModerationAction(CommentState leadsTo) {
		this.leadsTo = leadsTo;
	}

	CommentState leadsTo() {
		return this.leadsTo;
	}
}
