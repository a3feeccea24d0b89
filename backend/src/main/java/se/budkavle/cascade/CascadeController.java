package se.budkavle.cascade;

import java.net.URI;
import java.util.UUID;

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

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;
import se.budkavle.platform.Problems;

/**
 * Cascades over HTTP: sending one, the relay and sent boxes, the toolkit, opening and relaying, and the tracker.
 */
@RestController
class CascadeController {

	private final Sending sending;

	private final Boxes boxes;

	private final Toolkit toolkit;

	private final Relaying relaying;

	private final Tracker tracker;

	private final ManagerQuestions questions;

	private final Sheets sheets;

	CascadeController(Sending sending, Boxes boxes, Toolkit toolkit, Relaying relaying, Tracker tracker,
			ManagerQuestions questions, Sheets sheets) {
		this.sending = sending;
		this.boxes = boxes;
		this.toolkit = toolkit;
		this.relaying = relaying;
		this.tracker = tracker;
		this.questions = questions;
		this.sheets = sheets;
	}

	/** The unit's meeting sheet as an A4 PDF; printing it is recorded as a relay. */
	@GetMapping(path = "/api/v1/cascades/{id}/sheet", produces = MediaType.APPLICATION_PDF_VALUE)
	Mono<ResponseEntity<byte[]>> sheet(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current()
			.flatMap((viewer) -> this.sheets.sheet(id, unitId, viewer))
			.map((pdf) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", "inline; filename=\"budkavle-" + id + ".pdf\"")
				.body(pdf));
	}

	@PostMapping("/api/v1/cascades")
	Mono<ResponseEntity<Created>> send(@RequestBody CascadeRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.sending.send(viewer, request))
			.map((id) -> ResponseEntity.created(URI.create("/api/v1/cascades/" + id)).body(new Created(id)));
	}

	/** The cascades the viewer relays ({@code box=relay}, the default) or has sent ({@code box=sent}). */
	@GetMapping("/api/v1/cascades")
	Mono<Boxes.Box> box(@RequestParam(defaultValue = "relay") String box) {
		if (!"relay".equals(box) && !"sent".equals(box)) {
			return Mono.error(InvalidCascade.of("box", "relay or sent"));
		}
		return Viewers.current().flatMap((viewer) -> "sent".equals(box) ? this.boxes.sent(viewer)
				: this.boxes.relay(viewer));
	}

	@GetMapping("/api/v1/cascades/{id}")
	Mono<Toolkit.View> toolkit(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.toolkit.toolkit(id, viewer));
	}

	@PostMapping("/api/v1/cascades/{id}/opens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> open(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.relaying.open(id, viewer));
	}

	@PostMapping("/api/v1/cascades/{id}/relays")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Created> relay(@PathVariable UUID id, @RequestBody RelayRequest request) {
		return Viewers.current().flatMap((viewer) -> this.relaying.relay(id, viewer, request)).map(Created::new);
	}

	@GetMapping("/api/v1/cascades/{id}/tracker")
	Mono<Tracker.View> tracker(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.tracker.track(id, unitId, viewer));
	}

	@GetMapping(path = "/api/v1/cascades/{id}/tracker.csv", produces = "text/csv")
	Mono<ResponseEntity<byte[]>> trackerCsv(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current()
			.flatMap((viewer) -> this.tracker.track(id, unitId, viewer))
			.map((view) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header("Content-Disposition", "attachment; filename=\"budkavle-" + id + ".csv\"")
				.body(TrackerCsv.of(view)));
	}

	@GetMapping("/api/v1/cascades/{id}/questions")
	Mono<ManagerQuestions.Thread> questions(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.questions.thread(id, viewer));
	}

	@PostMapping("/api/v1/cascades/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Created> ask(@PathVariable UUID id, @RequestBody ManagerQuestions.Body body) {
		return Viewers.current().flatMap((viewer) -> this.questions.ask(id, viewer, body)).map(Created::new);
	}

	@PostMapping("/api/v1/cascades/{id}/questions/{questionId}/answer")
	Mono<Created> answer(@PathVariable UUID id, @PathVariable UUID questionId,
			@RequestBody ManagerQuestions.Body body) {
		return Viewers.current()
			.flatMap((viewer) -> this.questions.answer(id, questionId, viewer, body))
			.map(Created::new);
	}

	@ExceptionHandler
	ProblemDetail notFound(CascadeNotFound ex) {
		return Problems.of(HttpStatus.NOT_FOUND, "cascade-not-found", "Cascade not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notAllowed(CascadeNotAllowed ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "cascade-not-allowed", "Not allowed", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail notYours(UnitNotYours ex) {
		return Problems.of(HttpStatus.FORBIDDEN, "cascade-unit-not-yours", "Not your unit", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidCascade ex) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-cascade", "Invalid cascade",
				ex.getMessage());
		problem.setProperty("errors", ex.errors());
		return problem;
	}

	/** The id of what was created. */
	record Created(UUID id) {
	}
}
