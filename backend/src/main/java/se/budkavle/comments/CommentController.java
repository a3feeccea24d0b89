package se.budkavle.comments;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;

/**
 * A post's comment thread over HTTP: reading, writing, editing, deleting, reacting and reporting.
 */
@RestController
class CommentController {

	private static final int DEFAULT_PAGE = 20;

	private final ThreadGate gate;

	private final CommentThreads threads;

	private final Comments comments;

	CommentController(ThreadGate gate, CommentThreads threads, Comments comments) {
		this.gate = gate;
		this.threads = threads;
		this.comments = comments;
	}

	/**
	 * A page of the thread: roots oldest first, each with its replies.
	 * @param id the post
	 * @param after the {@code next} cursor of the previous page
	 * @param limit how many roots, 1 to 100 (default 20)
	 * @return the page
	 */
	@GetMapping("/api/v1/posts/{id}/comments")
	Mono<ThreadPage> thread(@PathVariable UUID id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_PAGE);
		return Viewers.current()
			.flatMap((viewer) -> this.gate.post(id, viewer))
			.flatMap((thread) -> this.threads.page(thread, after, size));
	}

	@PostMapping("/api/v1/posts/{id}/comments")
	Mono<ResponseEntity<CommentView>> create(@PathVariable UUID id, @RequestBody CommentRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.comments.create(id, viewer, request.body(), request.replyTo()))
			.map((comment) -> ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id()))
				.eTag(String.valueOf(comment.version()))
				.body(comment));
	}

	@GetMapping("/api/v1/comments/{id}")
	Mono<ResponseEntity<CommentView>> comment(@PathVariable UUID id) {
		return Viewers.current()
			.flatMap((viewer) -> this.gate.comment(id, viewer))
			.flatMap((entry) -> this.threads.one(entry.thread(), entry.comment()))
			.map(CommentController::tagged);
	}

	/** Edits a comment (its author, within the edit window); {@code If-Match} is checked when sent. */
	@PutMapping("/api/v1/comments/{id}")
	Mono<ResponseEntity<CommentView>> edit(@PathVariable UUID id, @RequestBody CommentRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return Mono.fromCallable(() -> Optional.ofNullable(IfMatch.version(ifMatch)))
			.zipWith(Viewers.current())
			.flatMap((found) -> this.comments.edit(id, found.getT2(), request.body(), found.getT1().orElse(null)))
			.map(CommentController::tagged);
	}

	@DeleteMapping("/api/v1/comments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.comments.delete(id, viewer));
	}

	@PutMapping("/api/v1/comments/{id}/reactions/{kind}")
	Mono<Reactions> react(@PathVariable UUID id, @PathVariable String kind) {
		return reaction(id, kind, true);
	}

	@DeleteMapping("/api/v1/comments/{id}/reactions/{kind}")
	Mono<Reactions> unreact(@PathVariable UUID id, @PathVariable String kind) {
		return reaction(id, kind, false);
	}

	@PostMapping("/api/v1/comments/{id}/reports")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> report(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return Viewers.current().flatMap((viewer) -> this.comments.report(id, viewer, request.reason()));
	}

	private Mono<Reactions> reaction(UUID id, String kind, boolean given) {
		return Mono
			.fromCallable(() -> ReactionKind.of(kind)
				.orElseThrow(() -> new InvalidComment("kind", "must be one of LIKE, HEART, THANKS, INSIGHTFUL")))
			.zipWith(Viewers.current())
			.flatMap((found) -> this.comments.react(id, found.getT2(), found.getT1(), given))
			.map((counts) -> new Reactions(id, counts));
	}

	private static ResponseEntity<CommentView> tagged(CommentView comment) {
		return ResponseEntity.ok().eTag(String.valueOf(comment.version())).body(comment);
	}

	/** A new comment or reply, or a comment's new text. */
	record CommentRequest(String body, UUID replyTo) {

		CommentRequest {
			Input.text("body", body);
		}
	}

	/** Why a reader reports a comment. */
	record ReasonRequest(String reason) {

		ReasonRequest {
			Input.text("reason", reason);
		}
	}

	/** A comment's reaction counts after a change. */
	record Reactions(UUID commentId, List<ReactionCount> reactions) {
	}
}
