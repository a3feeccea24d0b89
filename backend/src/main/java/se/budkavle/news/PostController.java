package se.budkavle.news;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

	@PostMapping("/api/v1/posts")
	Mono<ResponseEntity<CreatedView>> create(@RequestBody PostRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.authoring.create(viewer, request))
			.map((created) -> ResponseEntity.created(URI.create("/api/v1/posts/" + created.id()))
				.eTag(etag(created.version()))
				.body(new CreatedView(created.id(), created.version(), created.status(), created.audienceSize())));
	}

	@GetMapping("/api/v1/posts/targets")
	Mono<Items<Targets.Target>> targets() {
		return Viewers.current().flatMap(this.targets::of).map(Items::new);
	}

	@GetMapping("/api/v1/posts/{id}")
	Mono<ResponseEntity<PostView>> post(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.reading.read(id, viewer)).map(PostController::withETag);
	}

	@PutMapping("/api/v1/posts/{id}")
	Mono<ResponseEntity<PostView>> edit(@PathVariable UUID id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestBody PostRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.editing.edit(id, viewer, ifMatch, request))
			.map(PostController::withETag);
	}

	@GetMapping("/api/v1/posts/{id}/revisions")
	Mono<Items<Revision>> revisions(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.reading.revisions(id, viewer)).map(Items::new);
	}

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
