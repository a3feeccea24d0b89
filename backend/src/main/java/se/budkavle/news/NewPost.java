package se.budkavle.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post created from code rather than over HTTP (the demo's sample news), published at once with the same checks.
 *
 * @param title at most 200 characters
 * @param body Markdown
 * @param important whether it is {@code IMPORTANT}
 * @param acknowledgementRequired whether readers must confirm "Jag har läst"
 * @param acknowledgementDeadline by when, or {@code null}
 * @param targets the units, each with or without its subunits
 */
public record NewPost(String title, String body, boolean important, boolean acknowledgementRequired,
		Instant acknowledgementDeadline, List<Target> targets) {

	public NewPost {
		targets = List.copyOf(targets);
	}

	/** A unit the post goes to. */
	public record Target(UUID unitId, boolean includeSubunits) {
	}

	PostRequest request() {
		return new PostRequest(this.title, this.body, this.important ? Priority.IMPORTANT : Priority.NORMAL, "sv", true,
				null, null,
				this.targets.stream().map((target) -> new PostRequest.Target(target.unitId(), target.includeSubunits()))
					.toList(),
				new PostRequest.AcknowledgementRequest(this.acknowledgementRequired, this.acknowledgementDeadline));
	}
}
