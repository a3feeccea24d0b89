package se.budkavle.crisis;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Crisis messages over HTTP: send, the crises one runs, the banner's active crises, answers, the roll call, calls, updates, the all-clear
 * and the log.
 */
@RestController
class CrisisController {

	private final CrisisSending sending;

	private final ActiveCrises active;

	private final Confirming confirming;

	private final RollCall rollCall;

	private final Calls calls;

	private final Running running;

	private final CrisisLog log;

	private final CrisesRun run;

	CrisisController(CrisisSending sending, ActiveCrises active, Confirming confirming, RollCall rollCall, Calls calls,
			Running running, CrisisLog log, CrisesRun run) {
		this.run = run;
		this.sending = sending;
		this.active = active;
		this.confirming = confirming;
		this.rollCall = rollCall;
		this.calls = calls;
		this.running = running;
		this.log = log;
	}

	@PostMapping("/api/v1/crises")
	@Operation(operationId = "sendCrisis", summary = "Send a crisis message",
			description = "Sends at once to everyone under the target units on every channel; the crisis role, communicators or admins for every target. From a template: templateId (and templateVersion, else the latest) are recorded; a title or body still holding a placeholder ({plats}) is refused with 422.")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, UUID>> send(@Valid @RequestBody CrisisRequest request) {
		return Viewers.current().flatMap((viewer) -> this.sending.send(viewer, request)).map((id) -> Map.of("id", id));
	}

	@GetMapping("/api/v1/crises")
	@Operation(operationId = "listCrisesIRun", summary = "List the crises I may run",
			description = "The crises the viewer sent or may run (the crisis role, a communicator or an admin for every target), newest first, at most 100, with status (ACTIVE, or ALL_CLEAR and allClearAt), severity, exercise, targets and confirmation counts; counts are null (suppressed) when fewer than 5 people were asked, unless the viewer follows the crisis person by person. 403 without any of those roles.")
	Flux<CrisesRun.Run> crisesRun() {
		return Viewers.current().flatMapMany(this.run::by);
	}

	@GetMapping("/api/v1/crises/active")
	@Operation(operationId = "listActiveCrises", summary = "List the crises that concern me",
			description = "The crises sent to the viewer without an all-clear, with the viewer's own latest answer: what the banner shows.")
	Flux<ActiveCrises.Active> active() {
		return Viewers.current().flatMapMany((viewer) -> this.active.of(viewer.personId()));
	}

	@PostMapping("/api/v1/crises/{id}/confirmations")
	@Operation(operationId = "answerCrisis", summary = "Answer a crisis message",
			description = "Records the viewer's answer; every answer is logged and the latest counts. Needing help alerts the managers at once.")
	Mono<Confirming.Confirmed> confirm(@PathVariable UUID id,
			@Valid @RequestBody Confirming.ConfirmationRequest request) {
		return Viewers.current().flatMap((viewer) -> this.confirming.confirm(id, viewer, request));
	}

	@GetMapping("/api/v1/crises/{id}/roll-call")
	@Operation(operationId = "getRollCall", summary = "Follow the roll call",
			description = "Counts per unit; for the unit's managers and the crisis role also who has not answered and who needs help.")
	Mono<RollCall.Report> rollCall(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.rollCall.report(id, viewer, unitId));
	}

	@PostMapping("/api/v1/crises/{id}/calls")
	@Operation(operationId = "markReachedByPhone", summary = "Mark someone reached by phone",
			description = "Notes that a manager or the crisis role reached a person by phone; every mark is kept in the log.")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, Instant>> call(@PathVariable UUID id, @Valid @RequestBody Calls.CallRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.calls.reached(id, viewer, request))
			.map((at) -> Map.of("calledAt", at));
	}

	@PostMapping("/api/v1/crises/{id}/updates")
	@Operation(operationId = "updateCrisis", summary = "Send a follow-up on a crisis",
			description = "Adds a follow-up message to the crisis thread, shown in the banners; 409 after the all-clear.")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Map<String, UUID>> update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.running.update(id, viewer, request.body()))
			.map((updateId) -> Map.of("id", updateId));
	}

	@PostMapping("/api/v1/crises/{id}/all-clear")
	@Operation(operationId = "giveAllClear", summary = "Give the all-clear",
			description = "Ends the crisis (Faran över) and its banners; 409 when it was given already.")
	Mono<Map<String, Boolean>> allClear(@PathVariable UUID id, @Valid @RequestBody AllClearRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.running.allClear(id, viewer, request.body()))
			.thenReturn(Map.of("allClear", true));
	}

	@GetMapping("/api/v1/crises/{id}/log")
	@Operation(operationId = "getCrisisLog", summary = "Read the crisis log",
			description = "Every event of the crisis in time order, as JSON, CSV or PDF, for the after-action review.")
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
