package se.budkavle.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.budkavle.platform.Input;

/**
 * A post as the author sends it, to create it ({@code POST}, with targets) or to edit it ({@code PUT}, targets
 * ignored: the audience is fixed at publication).
 *
 * @param title at most 200 characters
 * @param body Markdown, at most 20,000 characters
 * @param priority {@code NORMAL} when left out
 * @param language {@code sv} or {@code en}; {@code sv} when left out
 * @param commentsEnabled true when left out
 * @param publishAt when to publish; now when left out or past
 * @param expiresAt when to leave the feeds, or {@code null}
 * @param targets the units to post to
 * @param acknowledgement whether readers are asked to confirm, and by when
 */
record PostRequest(String title, String body, Priority priority, String language, Boolean commentsEnabled,
		Instant publishAt, Instant expiresAt, List<Target> targets, AcknowledgementRequest acknowledgement) {

	static final int MAX_TITLE = 200;

	PostRequest {
		Input.line("title", title);
		Input.text("body", body);
		Input.line("language", language);
		Input.date("publishAt", publishAt);
		Input.date("expiresAt", expiresAt);
	}

	static final int MAX_BODY = 20_000;

	Priority priorityOrDefault() {
		return (this.priority != null) ? this.priority : Priority.NORMAL;
	}

	String languageOrDefault() {
		return (this.language != null) ? this.language : "sv";
	}

	boolean commentsOrDefault() {
		return this.commentsEnabled == null || this.commentsEnabled;
	}

	boolean acknowledgementRequired() {
		return this.acknowledgement != null && this.acknowledgement.required();
	}

	Instant acknowledgementDeadline() {
		return acknowledgementRequired() ? this.acknowledgement.deadline() : null;
	}

	/** A unit the post goes to, alone or with every unit below it. */
	record Target(UUID unitId, boolean includeSubunits) {
	}

	/** Whether readers must confirm "Jag har läst", and the optional deadline. */
	record AcknowledgementRequest(boolean required, Instant deadline) {

		AcknowledgementRequest {
			Input.date("acknowledgement.deadline", deadline);
		}
	}
}
