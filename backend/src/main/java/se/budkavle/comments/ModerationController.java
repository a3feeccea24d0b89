package se.budkavle.comments;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;

/**
 * Moderation over HTTP: hiding and restoring comments, locking threads and the queue of reported comments.
 */
@RestController
class ModerationController {

	private static final int DEFAULT_PAGE = 20;

	private final Moderation moderation;

	private final ModerationQueue queue;

	ModerationController(Moderation moderation, ModerationQueue queue) {
		this.moderation = moderation;
		this.queue = queue;
	}

	@Operation(operationId = "moderateComment", summary = "Hide or restore a comment",
			description = "For the post's moderators: its author, managers of its units, and communicators and administrators "
					+ "whose role covers it. Hides (HIDE) or restores (RESTORE) the comment with the moderator's reason, "
					+ "moving the post's comment count; answers the comment.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "HIDE or RESTORE, with the moderator's reason",
			required = true, content = @Content(examples = @ExampleObject(name = "hide", summary = "Hiding a comment", value = "{\"action\":\"HIDE\",\"reason\":\"Innehåller personuppgifter.\"}")))
	@PostMapping("/api/v1/comments/{id}/moderation")
	Mono<CommentView> moderate(@PathVariable UUID id, @RequestBody ModerationRequest request) {
		return Mono.fromCallable(request::requireAction)
			.zipWith(Viewers.current())
			.flatMap((found) -> this.moderation.moderate(id, found.getT2(), found.getT1(), request.reason()));
	}

	@Operation(operationId = "lockThread", summary = "Lock a post's comment thread",
			description = "For the post's moderators: its author, managers of its units, and communicators and administrators "
					+ "whose role covers it. Locks the thread: no new comments, replies or edits until it is unlocked.")
	@PostMapping("/api/v1/posts/{id}/thread-lock")
	Mono<Moderation.ThreadLock> lock(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.moderation.lock(id, viewer, true));
	}

	@Operation(operationId = "unlockThread", summary = "Unlock a post's comment thread",
			description = "For the post's moderators: its author, managers of its units, and communicators and administrators "
					+ "whose role covers it. Unlocks the thread, so that its readers may comment again.")
	@DeleteMapping("/api/v1/posts/{id}/thread-lock")
	Mono<Moderation.ThreadLock> unlock(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.moderation.lock(id, viewer, false));
	}

	/**
	 * Reported comments on posts the viewer moderates, the longest-waiting first; empty for everyone else.
	 * @param after the {@code next} cursor of the previous page
	 * @param limit the page size, 1 to 100 (default 20)
	 * @return the page
	 */
	@Operation(operationId = "listModerationQueue", summary = "List reported comments",
			description = "For any signed-in person: the reported comments on posts the caller moderates, the longest-waiting "
					+ "first, paged with after and limit; empty for everyone else. Changes nothing.")
	@GetMapping("/api/v1/moderation/queue")
	Mono<ModerationQueue.Page> queue(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_PAGE);
		return Viewers.current().flatMap((viewer) -> this.queue.page(viewer, after, size));
	}

	/** A hide or restore, with the moderator's reason. */
	record ModerationRequest(ModerationAction action, String reason) {

		ModerationRequest {
			Input.text("reason", reason);
		}

		ModerationAction requireAction() {
			if (this.action == null) {
				throw new InvalidComment("action", "must be HIDE or RESTORE");
			}
			return this.action;
		}
	}
}
