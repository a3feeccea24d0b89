package se.budkavle.comments;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * How many people gave a comment one kind of reaction, and whether the viewer is one of them.
 *
 * @param kind the reaction
 * @param count how many gave it
 * @param mine whether the viewer gave it
 */
record ReactionCount(ReactionKind kind, long count, boolean mine) {

	/** Every kind in its fixed order, zero where nobody reacted, from the rows of one comment. */
	static List<ReactionCount> all(List<Row> rows) {
		return Arrays.stream(ReactionKind.values()).map((kind) -> rows.stream()
			.filter((row) -> row.kind() == kind)
			.findFirst()
			.map((row) -> new ReactionCount(kind, row.count(), row.mine()))
			.orElse(new ReactionCount(kind, 0, false))).toList();
	}

	/** One comment's count of one kind, as read. */
	record Row(UUID commentId, ReactionKind kind, long count, boolean mine) {
	}
}
