package se.budkavle.questions;

import java.net.URI;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;

/**
 * The questions API. An anonymous asker proves they asked with the follow-up key in the {@value #KEY} header (never
 * in the URL, which proxies and access logs keep).
 */
@RestController
class QuestionController {

	static final String KEY = "X-Follow-Up-Key";

	private final Questions questions;

	QuestionController(Questions questions) {
		this.questions = questions;
	}

	@PostMapping("/api/v1/questions")
	Mono<ResponseEntity<QuestionView>> ask(@RequestBody QuestionRequests.Ask request) {
		return Viewers.current()
			.flatMap((viewer) -> this.questions.ask(viewer, request))
			.map((view) -> ResponseEntity.created(URI.create("/api/v1/questions/" + view.id())).body(view));
	}

	@GetMapping("/api/v1/questions")
	Mono<QuestionView.Page> list(@RequestParam(defaultValue = "inbox") String box,
			@RequestParam(required = false) String state, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		Box which = parse(Box.class, "box", box);
		QuestionState inState = (state != null && !state.isBlank()) ? parse(QuestionState.class, "state", state) : null;
		return Viewers.current().flatMap((viewer) -> this.questions.list(viewer, which, inState, after, limit));
	}

	@GetMapping("/api/v1/questions/anonymity")
	Mono<QuestionView.Anonymity> anonymity(@RequestParam(required = false) UUID unit) {
		return Viewers.current().flatMap((viewer) -> this.questions.anonymity(viewer, unit));
	}

	@GetMapping("/api/v1/questions/follow-up")
	Mono<QuestionView> byKey(@RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.byKey(viewer, key));
	}

	@GetMapping("/api/v1/questions/{id}")
	Mono<QuestionView> question(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.get(viewer, id, key));
	}

	@PostMapping("/api/v1/questions/{id}/answers")
	Mono<QuestionView> answer(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key,
			@RequestBody QuestionRequests.Answer request) {
		return Viewers.current().flatMap((viewer) -> this.questions.answer(viewer, id, key, request));
	}

	@PostMapping("/api/v1/questions/{id}/closure")
	Mono<QuestionView> close(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.close(viewer, id, key));
	}

	@PostMapping("/api/v1/questions/{id}/forwards")
	Mono<QuestionView> forward(@PathVariable UUID id, @RequestBody QuestionRequests.Forward request) {
		return Viewers.current().flatMap((viewer) -> this.questions.forward(viewer, id, request));
	}

	@PutMapping("/api/v1/questions/{id}/upvote")
	Mono<QuestionView.Upvotes> upvote(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.questions.upvote(viewer, id, true));
	}

	@DeleteMapping("/api/v1/questions/{id}/upvote")
	Mono<QuestionView.Upvotes> removeUpvote(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.questions.upvote(viewer, id, false));
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidQuestion(java.util.List.of(java.util.Map.of("field", field, "message",
					"'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()))), true);
		}
	}
}
