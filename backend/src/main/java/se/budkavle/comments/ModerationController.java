package se.budkavle.comments;

import java.util.UUID;

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

	@PostMapping("/api/v1/comments/{id}/moderation")
	Mono<CommentView> moderate(@PathVariable UUID id, @RequestBody ModerationRequest request) {
		return Mono.fromCallable(request::requireAction)
			.zipWith(Viewers.current())
			.flatMap((found) -> this.moderation.moderate(id, found.getT2(), found.getT1(), request.reason()));
	}

	@PostMapping("/api/v1/posts/{id}/thread-lock")
	Mono<Moderation.ThreadLock> lock(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.moderation.lock(id, viewer, true));
	}

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
