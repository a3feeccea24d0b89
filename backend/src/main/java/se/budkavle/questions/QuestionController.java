package se.budkavle.questions;

import java.net.URI;
import java.util.Locale;
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

	@Operation(operationId = "askQuestion", summary = "Ask a question",
			description = "For any signed-in person. Asks the managers of their own unit or of a unit above it (unitId), by "
					+ "name or anonymously, private or shared with the unit; the managers are notified. An anonymous asker "
					+ "gets a follow-up key in the answer, once. Answers 201 with its address in Location.")
	@ApiResponse(responseCode = "201", description = "The question is asked", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")) })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The question, to the caller's own managers or to unitId",
			required = true, content = @Content(examples = { @ExampleObject(name = "named", summary = "A question by name", value = "{\"subject\":\"Semesterlistan\",\"body\":\"När kommer sommarens semesterlista?\",\"visibility\":\"UNIT\"}"),
					@ExampleObject(name = "anonymous", summary = "An anonymous question", value = "{\"subject\":\"Arbetsmiljön\",\"body\":\"Hur ska vi anmäla hot från brukare?\",\"anonymous\":true}") }))
	@PostMapping("/api/v1/questions")
	Mono<ResponseEntity<QuestionView>> ask(@RequestBody QuestionRequests.Ask request) {
		return Viewers.current()
			.flatMap((viewer) -> this.questions.ask(viewer, request))
			.map((view) -> ResponseEntity.created(URI.create("/api/v1/questions/" + view.id())).body(view));
	}

	@Operation(operationId = "listQuestions", summary = "List questions",
			description = "For any signed-in person, about their own questions: box inbox those they must answer, mine those "
					+ "they asked by name, unit the questions shared with their unit; optionally in one state, paged with "
					+ "after and limit. Changes nothing.")
	@GetMapping("/api/v1/questions")
	Mono<QuestionView.Page> list(@RequestParam(defaultValue = "inbox") String box,
			@RequestParam(required = false) String state, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		Box which = parse(Box.class, "box", box);
		QuestionState inState = (state != null && !state.isBlank()) ? parse(QuestionState.class, "state", state) : null;
		return Viewers.current().flatMap((viewer) -> this.questions.list(viewer, which, inState, after, limit));
	}

	@Operation(operationId = "getQuestionAnonymity", summary = "Show how an anonymous question is labelled",
			description = "For any signed-in person, before asking. Which unit an anonymous question to their own managers, or "
					+ "to unitId, would be labelled with, and whether their own unit is too small to be named. Changes "
					+ "nothing.")
	@GetMapping("/api/v1/questions/anonymity")
	Mono<QuestionView.Anonymity> anonymity(@RequestParam(required = false) UUID unit) {
		return Viewers.current().flatMap((viewer) -> this.questions.anonymity(viewer, unit));
	}

	@Operation(operationId = "getQuestionByFollowUpKey", summary = "Find my anonymous question",
			description = "For an anonymous asker, with the follow-up key in the X-Follow-Up-Key header (never in the URL). "
					+ "Answers the question; wrong keys are counted, and too many are refused for a while.")
	@GetMapping("/api/v1/questions/follow-up")
	Mono<QuestionView> byKey(@RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.byKey(viewer, key));
	}

	@Operation(operationId = "getQuestion", summary = "Read a question",
			description = "For its asker (an anonymous one with the follow-up key in X-Follow-Up-Key), the managers it was "
					+ "asked of and, for a question shared with the unit, the unit's members; anyone else gets not found. "
					+ "Changes nothing.")
	@GetMapping("/api/v1/questions/{id}")
	Mono<QuestionView> question(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.get(viewer, id, key));
	}

	@Operation(operationId = "answerQuestion", summary = "Answer a question",
			description = "For the managers asked (an answer) and the asker (a reply; an anonymous one with the follow-up "
					+ "key), while it is open. Adds the message; the first answer notifies the asker.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The answer or reply",
			required = true, content = @Content(examples = @ExampleObject(name = "answer", summary = "An answer", value = "{\"body\":\"Listan kommer den 15 april.\"}")))
	@PostMapping("/api/v1/questions/{id}/answers")
	Mono<QuestionView> answer(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key,
			@RequestBody QuestionRequests.Answer request) {
		return Viewers.current().flatMap((viewer) -> this.questions.answer(viewer, id, key, request));
	}

	@Operation(operationId = "closeQuestion", summary = "Close a question",
			description = "For the managers asked and the asker (an anonymous one with the follow-up key), while it is open. "
					+ "Closes the thread for good.")
	@PostMapping("/api/v1/questions/{id}/closure")
	Mono<QuestionView> close(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
		return Viewers.current().flatMap((viewer) -> this.questions.close(viewer, id, key));
	}

	@Operation(operationId = "forwardQuestion", summary = "Forward a question",
			description = "For the managers currently holding the question, while it is open. Moves it to the managers of the "
					+ "nearest unit above, who are notified, or to HR, with an optional note.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "Where the question goes: MANAGER (the managers of the nearest unit above) or HR, with an optional note",
			required = true, content = @Content(examples = @ExampleObject(name = "hr", summary = "Forwarding to HR", value = "{\"to\":\"HR\",\"note\":\"Gäller anställningsvillkor.\"}")))
	@PostMapping("/api/v1/questions/{id}/forwards")
	Mono<QuestionView> forward(@PathVariable UUID id, @RequestBody QuestionRequests.Forward request) {
		return Viewers.current().flatMap((viewer) -> this.questions.forward(viewer, id, request));
	}

	@Operation(operationId = "upvoteQuestion", summary = "Upvote a question",
			description = "For those who may read a question shared with the unit. Adds the caller's upvote; upvoting again "
					+ "changes nothing.")
	@PutMapping("/api/v1/questions/{id}/upvote")
	Mono<QuestionView.Upvotes> upvote(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.questions.upvote(viewer, id, true));
	}

	@Operation(operationId = "removeQuestionUpvote", summary = "Take back an upvote",
			description = "For those who may read a question shared with the unit. Takes back the caller's upvote; taking it "
					+ "back again changes nothing.")
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
