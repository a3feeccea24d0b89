package se.budkavle.comments;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
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
	@Operation(operationId = "listComments", summary = "Read a post's comments",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. A page of the "
					+ "thread, roots oldest first, each with its replies, paged with after and limit. Changes nothing.")
	@GetMapping("/api/v1/posts/{id}/comments")
	Mono<ThreadPage> thread(@PathVariable UUID id, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_PAGE);
		return Viewers.current()
			.flatMap((viewer) -> this.gate.post(id, viewer))
			.flatMap((thread) -> this.threads.page(thread, after, size));
	}

	@Operation(operationId = "createComment", summary = "Comment on a post",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. Adds a comment, "
					+ "or a reply to replyTo, while comments are enabled and the thread is not locked; those following the "
					+ "thread see it live. Answers 201 with its address in Location and its version in ETag.")
	@ApiResponse(responseCode = "201", description = "The comment is created", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")),
			@Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match when editing",
				schema = @Schema(type = "string")) })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The comment, or a reply to replyTo",
			required = true, content = @Content(examples = { @ExampleObject(name = "comment", summary = "A comment", value = "{\"body\":\"Tack, var hämtar vi de nya nycklarna?\"}"),
					@ExampleObject(name = "reply", summary = "A reply", value = "{\"body\":\"I receptionen, plan 2.\",\"replyTo\":\"6b0e4f6a-1d2c-4b8e-9a57-0c3d2e1f4a5b\"}") }))
	@PostMapping("/api/v1/posts/{id}/comments")
	Mono<ResponseEntity<CommentView>> create(@PathVariable UUID id, @RequestBody CommentRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.comments.create(id, viewer, request.body(), request.replyTo()))
			.map((comment) -> ResponseEntity.created(URI.create("/api/v1/comments/" + comment.id()))
				.eTag(String.valueOf(comment.version()))
				.body(comment));
	}

	@Operation(operationId = "getComment", summary = "Read a comment",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. One comment "
					+ "with its reactions and its version in ETag. Changes nothing.")
	@ApiResponse(responseCode = "200", description = "The comment", headers = @Header(name = HttpHeaders.ETAG,
			description = "The version, to send back in If-Match when editing", schema = @Schema(type = "string")))
	@GetMapping("/api/v1/comments/{id}")
	Mono<ResponseEntity<CommentView>> comment(@PathVariable UUID id) {
		return Viewers.current()
			.flatMap((viewer) -> this.gate.comment(id, viewer))
			.flatMap((entry) -> this.threads.one(entry.thread(), entry.comment()))
			.map(CommentController::tagged);
	}

	/** Edits a comment (its author, within the edit window); {@code If-Match} is checked when sent. */
	@Operation(operationId = "editComment", summary = "Edit a comment",
			description = "For the comment's author only, within the edit window and while the thread is not locked. Replaces "
					+ "its text; If-Match with the version from ETag is checked when sent. Answers the new version in "
					+ "ETag.")
	@ApiResponse(responseCode = "200", description = "The edited comment", headers = @Header(name = HttpHeaders.ETAG,
			description = "The version, to send back in If-Match when editing", schema = @Schema(type = "string")))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The comment's new text",
			required = true, content = @Content(examples = @ExampleObject(name = "edit", summary = "An edited comment", value = "{\"body\":\"Tack! Var hämtar vi de nya nycklarna?\"}")))
	@PutMapping("/api/v1/comments/{id}")
	Mono<ResponseEntity<CommentView>> edit(@PathVariable UUID id, @RequestBody CommentRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return Mono.fromCallable(() -> Optional.ofNullable(IfMatch.version(ifMatch)))
			.zipWith(Viewers.current())
			.flatMap((found) -> this.comments.edit(id, found.getT2(), request.body(), found.getT1().orElse(null)))
			.map(CommentController::tagged);
	}

	@Operation(operationId = "deleteComment", summary = "Delete a comment",
			description = "For the comment's author only. Marks the comment deleted and lowers the post's comment count; those "
					+ "following the thread see it live. Deleting it again changes nothing; a hidden comment cannot be "
					+ "deleted.")
	@DeleteMapping("/api/v1/comments/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> delete(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.comments.delete(id, viewer));
	}

	@Operation(operationId = "reactToComment", summary = "React to a comment",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. Gives the "
					+ "caller's reaction of the kind (LIKE, HEART, THANKS or INSIGHTFUL); giving it again changes nothing. "
					+ "Answers the comment's reaction counts.")
	@PutMapping("/api/v1/comments/{id}/reactions/{kind}")
	Mono<Reactions> react(@PathVariable UUID id, @PathVariable String kind) {
		return reaction(id, kind, true);
	}

	@Operation(operationId = "removeCommentReaction", summary = "Take back a reaction",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. Takes back the "
					+ "caller's reaction of the kind; taking it back again changes nothing. Answers the comment's reaction "
					+ "counts.")
	@DeleteMapping("/api/v1/comments/{id}/reactions/{kind}")
	Mono<Reactions> unreact(@PathVariable UUID id, @PathVariable String kind) {
		return reaction(id, kind, false);
	}

	@Operation(operationId = "reportComment", summary = "Report a comment",
			description = "For the post's audience and those privileged on it (its author, managers of its units, "
					+ "communicators and administrators whose role covers it); anyone else gets not found. Except the "
					+ "comment's own author: reports it with a reason, putting it in the moderation queue of the post's "
					+ "moderators.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Why the comment is reported",
			required = true, content = @Content(examples = @ExampleObject(name = "report", summary = "A report", value = "{\"reason\":\"Personuppgifter om en brukare.\"}")))
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
