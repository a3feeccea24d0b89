package se.budkavle.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;
import se.budkavle.platform.Problems;

/**
 * Crisis messages over HTTP: send, the banner's active crises, answers, the roll call, calls, updates, the all-clear
 * and the log.
 */
@RestController
class CrisisController {

	private final Sending sending;

	private final ActiveCrises active;

	private final Confirming confirming;

	private final RollCall rollCall;

	private final Calls calls;

	private final Running running;

	private final CrisisLog log;

	CrisisController(Sending sending, ActiveCrises active, Confirming confirming, RollCall rollCall, Calls calls,
			Running running, CrisisLog log) {
		this.sending = sending;
		this.active = active;
		this.confirming = confirming;
		this.rollCall = rollCall;
		this.calls = calls;
		this.running = running;
		this.log = log;
	}

	@PostMapping("/api/v1/crises")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, UUID>> send(@Valid @RequestBody CrisisRequest request) {
		return Viewers.current().flatMap((viewer) -> this.sending.send(viewer, request)).map((id) -> Map.of("id", id));
	}

	@GetMapping("/api/v1/crises/active")
	Flux<ActiveCrises.Active> active() {
		return Viewers.current().flatMapMany((viewer) -> this.active.of(viewer.personId()));
	}

	@PostMapping("/api/v1/crises/{id}/confirmations")
	Mono<Confirming.Confirmed> confirm(@PathVariable UUID id,
			@Valid @RequestBody Confirming.ConfirmationRequest request) {
		return Viewers.current().flatMap((viewer) -> this.confirming.confirm(id, viewer, request));
	}

	@GetMapping("/api/v1/crises/{id}/roll-call")
	Mono<RollCall.Report> rollCall(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.rollCall.report(id, viewer, unitId));
	}

	@PostMapping("/api/v1/crises/{id}/calls")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, Instant>> call(@PathVariable UUID id, @Valid @RequestBody Calls.CallRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.calls.reached(id, viewer, request))
			.map((at) -> Map.of("calledAt", at));
	}

	@PostMapping("/api/v1/crises/{id}/updates")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, UUID>> update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.running.update(id, viewer, request.body()))
			.map((updateId) -> Map.of("id", updateId));
	}

	@PostMapping("/api/v1/crises/{id}/all-clear")
	Mono<Map<String, Boolean>> allClear(@PathVariable UUID id, @Valid @RequestBody AllClearRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.running.allClear(id, viewer, request.body()))
			.thenReturn(Map.of("allClear", true));
	}

	@GetMapping("/api/v1/crises/{id}/log")
	Mono<ResponseEntity<?>> log(@PathVariable UUID id, @RequestParam(defaultValue = "json") String format) {
		if (!List.of("json", "csv", "pdf").contains(format)) {
			return Mono.error(new CrisisRefused("format", "format must be json, csv or pdf"));
		}
		return Viewers.current().flatMap((viewer) -> this.log.entries(id, viewer)).map((log) -> switch (format) {
			case "csv" -> download(id, "csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
					CrisisLog.csv(log.entries()));
			case "pdf" -> download(id, "pdf", MediaType.APPLICATION_PDF, CrisisLogPdf.of(log.title(), log.entries()));
			default -> ResponseEntity.ok(log.entries());
		});
	}

	private static ResponseEntity<byte[]> download(UUID id, String extension, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"krislogg-" + id + "." + extension + "\"")
			.body(body);
	}

	@ExceptionHandler
	ProblemDetail notFound(CrisisNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "crisis-not-found", "Crisis not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(CrisisForbidden ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail refused(CrisisRefused ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				ex.getMessage() + "; nothing was written.");
		problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail over(CrisisOver ex) {
		return Problems.of(HttpStatus.CONFLICT, "crisis-over", "All-clear given", ex.getMessage());
	}

	/** A follow-up message. */
	record UpdateRequest(@NotBlank @Size(max = 10000) String body) {

		UpdateRequest {
			body = Input.text("body", body);
		}
	}

	/** The all-clear's words (”Faran över. …”), shown where the banner was. */
	record AllClearRequest(@NotBlank @Size(max = 10000) String body) {

		AllClearRequest {
			body = Input.text("body", body);
		}
	}
}
