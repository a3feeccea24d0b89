package se.budkavle.comments;

import java.util.Optional;

/** The small fixed set of reactions a reader may give a comment, one of each per person. */
enum ReactionKind {

	LIKE, HEART, THANKS, INSIGHTFUL;

	static Optional<ReactionKind> of(String name) {
		for (ReactionKind kind : values()) {
			if (kind.name().equalsIgnoreCase(name)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
