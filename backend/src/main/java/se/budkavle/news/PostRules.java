package se.budkavle.news;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a post request before anything is written, listing every problem at once.
 */
final class PostRules {

	private PostRules() {
	}

	/**
	 * @param request the request
	 * @param publishAt when the post will be (or was) published
	 * @param withTargets whether targets are required (creating) or ignored (editing)
	 * @throws InvalidPost naming every field in error
	 */
	static void check(PostRequest request, Instant publishAt, boolean withTargets) {
		List<InvalidPost.FieldError> errors = new ArrayList<>();
		text(errors, "title", request.title(), PostRequest.MAX_TITLE);
		text(errors, "body", request.body(), PostRequest.MAX_BODY);
		if (!List.of("sv", "en").contains(request.languageOrDefault())) {
			errors.add(new InvalidPost.FieldError("language", "must be sv or en"));
		}
		if (request.expiresAt() != null && !request.expiresAt().isAfter(publishAt)) {
			errors.add(new InvalidPost.FieldError("expiresAt", "must be after the publication time"));
		}
		deadline(errors, request, publishAt);
		if (withTargets) {
			targets(errors, request.targets());
		}
		if (!errors.isEmpty()) {
			throw new InvalidPost(errors);
		}
	}

	/**
	 * Checks the targets alone, as counting an audience before posting needs.
	 * @param targets the units a post would go to
	 * @throws InvalidPost when none, one without a unit or a repeated unit is named
	 */
	static void checkTargets(List<PostRequest.Target> targets) {
		List<InvalidPost.FieldError> errors = new ArrayList<>();
		targets(errors, targets);
		if (!errors.isEmpty()) {
			throw new InvalidPost(errors);
		}
	}

	private static void text(List<InvalidPost.FieldError> errors, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new InvalidPost.FieldError(field, "must not be blank"));
		}
		else if (value.length() > max) {
			errors.add(new InvalidPost.FieldError(field, "must be at most " + max + " characters"));
		}
	}

	private static void deadline(List<InvalidPost.FieldError> errors, PostRequest request, Instant publishAt) {
		var acknowledgement = request.acknowledgement();
		if (acknowledgement == null || acknowledgement.deadline() == null) {
			return;
		}
		if (!acknowledgement.required()) {
			errors.add(new InvalidPost.FieldError("acknowledgement.deadline",
					"only a post that asks for acknowledgement has a deadline"));
		}
		else if (!acknowledgement.deadline().isAfter(publishAt)) {
			errors.add(new InvalidPost.FieldError("acknowledgement.deadline", "must be after the publication time"));
		}
		else if (request.expiresAt() != null && acknowledgement.deadline().isAfter(request.expiresAt())) {
			errors.add(new InvalidPost.FieldError("acknowledgement.deadline", "must not be after the expiry time"));
		}
	}

	private static void targets(List<InvalidPost.FieldError> errors, List<PostRequest.Target> targets) {
		if (targets == null || targets.isEmpty()) {
			errors.add(new InvalidPost.FieldError("targets", "must name at least one unit"));
		}
		else if (targets.stream().map((target) -> (target != null) ? target.unitId() : null).anyMatch(Objects::isNull)) {
			errors.add(new InvalidPost.FieldError("targets", "every target must name a unitId"));
		}
		else if (targets.stream().map(PostRequest.Target::unitId).distinct().count() != targets.size()) {
			errors.add(new InvalidPost.FieldError("targets", "each unit may be targeted once"));
		}
	}
}
