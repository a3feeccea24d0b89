package se.budkavle.comments;

/** Where a comment stands; deleted and hidden comments keep their body as a record. */
enum CommentState {

	VISIBLE, DELETED, HIDDEN

}
