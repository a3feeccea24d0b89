package se.budkavle.comments;

/** The viewer may read the thread but not do this in it. */
class CommentForbidden extends RuntimeException {

	CommentForbidden(String detail) {
		super(detail);
	}
}
