package se.budkavle.news;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;

/**
 * Posting, reading, editing and withdrawing posts.
 */
@RestController
class PostController {

	private final Authoring authoring;

	private final Reading reading;

	private final Editing editing;

	private final Targets targets;

	PostController(Authoring authoring, Reading reading, Editing editing, Targets targets) {
		this.authoring = authoring;
		this.reading = reading;
		this.editing = editing;
		this.targets = targets;
	}

	@Operation(operationId = "publishPost", summary = "Publish a post",
			description = "For communicators and administrators (to the units their role covers) and managers and deputies (to "
					+ "the units they lead and those below). Publishes the post to the members of the target units, now or "
					+ "at publishAt, optionally asking them to acknowledge it. Answers 201 with its address in Location "
					+ "and its version in ETag.")
	@ApiResponse(responseCode = "201", description = "The post is created", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")),
			@Header(name = HttpHeaders.ETAG, description = "The version, to send back in If-Match when editing",
				schema = @Schema(type = "string")) })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The post: title, Markdown body, targets and settings",
			required = true, content = @Content(examples = @ExampleObject(name = "post", summary = "A post that asks for acknowledgement", value = "{\"title\":\"Nya rutiner för nyckelhantering\",\"body\":\"Från 1 mars kvitterar alla ut nycklar i **Nyckelboken**.\",\"priority\":\"IMPORTANT\",\"language\":\"sv\",\"commentsEnabled\":true,\"targets\":[{\"unitId\":\"3f1c2a9e-8d4b-4e7a-9c1f-2b6d5e8a7c40\",\"includeSubunits\":true}],\"acknowledgement\":{\"required\":true,\"deadline\":\"2027-03-01T16:00:00Z\"}}")))
	@PostMapping("/api/v1/posts")
	Mono<ResponseEntity<CreatedView>> create(@RequestBody PostRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.authoring.create(viewer, request))
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/posts/" + created.id()))
				.eTag(etag(created.version()))
				.body(new CreatedView(created.id(), created.version(), created.status(), created.audienceSize())));
	}

	@Operation(operationId = "listPostTargets", summary = "List the units I may post to",
			description = "For any signed-in person. The units their communicator or administrator role covers and those they "
					+ "lead; empty for everyone else. Changes nothing.")
	@GetMapping("/api/v1/posts/targets")
	Mono<Items<Targets.Target>> targets() {
		return Viewers.current().flatMap(this.targets::of).map(Items::new);
	}

	@Operation(operationId = "getPost", summary = "Read a post",
			description = "For the post's audience while it is published, and for those privileged on it (its author, managers "
					+ "of its units, and communicators, HR and administrators whose role covers it); anyone else gets not "
					+ "found. Records the reader's first read and answers the post with what the caller may do with it and "
					+ "its version in ETag.")
	@ApiResponse(responseCode = "200", description = "The post", headers = @Header(name = HttpHeaders.ETAG,
			description = "The version, to send back in If-Match when editing", schema = @Schema(type = "string")))
	@GetMapping("/api/v1/posts/{id}")
	Mono<ResponseEntity<PostView>> post(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.reading.read(id, viewer)).map(PostController::withETag);
	}

	@Operation(operationId = "editPost", summary = "Edit a post",
			description = "For the post's author and communicators and administrators whose role covers every unit it targets, "
					+ "until it is withdrawn. Replaces its text and settings as a new version (the earlier ones stay in "
					+ "its revisions). Needs If-Match with the version from ETag, so that nobody overwrites a change they "
					+ "have not seen; answers the new version in ETag.")
	@ApiResponse(responseCode = "200", description = "The edited post", headers = @Header(name = HttpHeaders.ETAG,
			description = "The version, to send back in If-Match when editing", schema = @Schema(type = "string")))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The post's whole new text and settings",
			required = true, content = @Content(examples = @ExampleObject(name = "edit", summary = "A corrected post", value = "{\"title\":\"Nya rutiner för nyckelhantering\",\"body\":\"Från 15 mars kvitterar alla ut nycklar i **Nyckelboken**.\",\"priority\":\"IMPORTANT\",\"language\":\"sv\",\"commentsEnabled\":true,\"targets\":[{\"unitId\":\"3f1c2a9e-8d4b-4e7a-9c1f-2b6d5e8a7c40\",\"includeSubunits\":true}],\"acknowledgement\":{\"required\":true,\"deadline\":\"2027-03-01T16:00:00Z\"}}")))
	@PutMapping("/api/v1/posts/{id}")
	Mono<ResponseEntity<PostView>> edit(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PostRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.editing.edit(id, viewer, ifMatch, request))
			.map(PostController::withETag);
	}

	@Operation(operationId = "listPostRevisions", summary = "List a post's revisions",
			description = "For the post's author and communicators, HR and administrators whose role covers it. Every version "
					+ "of the post, newest first, with who edited it and when. Changes nothing.")
	@GetMapping("/api/v1/posts/{id}/revisions")
	Mono<Items<Revision>> revisions(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.reading.revisions(id, viewer)).map(Items::new);
	}

	@Operation(operationId = "withdrawPost", summary = "Withdraw a post",
			description = "For the post's author, managers of its units and communicators and administrators whose role covers "
					+ "it. Takes the post out of the feeds, recording the reason; answers the post with its new version in "
					+ "ETag.")
	@ApiResponse(responseCode = "200", description = "The withdrawn post", headers = @Header(name = HttpHeaders.ETAG,
			description = "The version, to send back in If-Match when editing", schema = @Schema(type = "string")))
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Why the post is withdrawn",
			required = true, content = @Content(examples = @ExampleObject(name = "withdrawal", summary = "A withdrawal", value = "{\"reason\":\"Informationen gäller inte längre.\"}")))
	@PostMapping("/api/v1/posts/{id}/withdrawal")
	Mono<ResponseEntity<PostView>> withdraw(@PathVariable UUID id, @RequestBody WithdrawalRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.editing.withdraw(id, viewer, request.reason()))
			.map(PostController::withETag);
	}

	private static ResponseEntity<PostView> withETag(PostView view) {
		return ResponseEntity.ok().eTag(etag(view.version())).body(view);
	}

	private static String etag(int version) {
		return "\"" + version + "\"";
	}

	/** The answer to a new post. */
	record CreatedView(UUID id, int version, PostStatus status, Integer audienceSize) {
	}

	/** Why a post is withdrawn. */
	record WithdrawalRequest(String reason) {

		WithdrawalRequest {
			Input.text("reason", reason);
		}
	}

	/** A list in the API's usual envelope. */
	record Items<T>(List<T> items) {
	}
}
