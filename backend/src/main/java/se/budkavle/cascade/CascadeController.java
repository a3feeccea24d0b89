package se.budkavle.cascade;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;

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
	@Operation(operationId = "printCascadeSheet", summary = "Print a unit's meeting sheet",
			description = "For a manager in the cascade who relays for unitId (their own unit, one they carry, or an overdue "
					+ "unit just below theirs). Answers the unit's A4 meeting sheet as a PDF and records the printing as "
					+ "the unit's relay (PRINT), which opens the next level below.")
	@GetMapping(path = "/api/v1/cascades/{id}/sheet", produces = MediaType.APPLICATION_PDF_VALUE)
	Mono<ResponseEntity<byte[]>> sheet(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current()
			.flatMap((viewer) -> this.sheets.sheet(id, unitId, viewer))
			.map((pdf) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header("Content-Disposition", "inline; filename=\"budkavle-" + id + ".pdf\"")
				.body(pdf));
	}

	@Operation(operationId = "sendCascade", summary = "Send a cascade",
			description = "For a communicator, HR or an admin whose role covers every target unit, or a manager sending "
					+ "within their own subtree. Stores the core message and the toolkit, fixes the unit tree below the "
					+ "targets as it stands and opens the first level to its managers, who are notified. Answers 201 with "
					+ "its address in Location.")
	@ApiResponse(responseCode = "201", description = "The cascade is sent", headers = {
			@Header(name = HttpHeaders.LOCATION, description = "The new resource's address",
				schema = @Schema(type = "string", format = "uri-reference")) })
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The core message, the managers' toolkit, the target units and either a deadline per level in working days or one overall deadline",
			required = true, content = @Content(examples = { @ExampleObject(name = "cascade", summary = "A cascade level by level", value = "{\"title\":\"Ny organisation för hemtjänsten\",\"message\":\"Från den 1 mars samlas hemtjänsten i tre distrikt.\",\"changes\":\"Distriktsindelningen och vem som är chef.\",\"unchanged\":\"Scheman och arbetsplatser.\",\"talkingPoints\":[\"Varför vi ändrar\",\"Vad som händer nu\"],\"questions\":[{\"question\":\"Får jag ny chef?\",\"answer\":\"Kanske; besked kommer i februari.\"}],\"localJudgement\":\"Hur det påverkar just er enhet.\",\"doNotSay\":\"Inga namn på nya chefer ännu.\",\"feedbackQuestion\":\"Vad oroar er mest?\",\"targets\":[{\"unitId\":\"3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70\"}],\"mode\":\"LEVEL_BY_LEVEL\",\"levelDeadline\":5}") }))
	@PostMapping("/api/v1/cascades")
	Mono<ResponseEntity<Created>> send(@RequestBody CascadeRequest request) {
		return Viewers.current()
			.flatMap((viewer) -> this.sending.send(viewer, request))
			.map((id) -> ResponseEntity.created(URI.create("/api/v1/cascades/" + id)).body(new Created(id)));
	}

	/** The cascades the viewer relays ({@code box=relay}, the default) or has sent ({@code box=sent}). */
	@Operation(operationId = "listCascades", summary = "List my cascades",
			description = "For any signed-in person, about their own cascades: box relay (the default) those they relay as "
					+ "a manager, with the units they relay for, and box sent those they sent, with how far each got. "
					+ "Changes nothing.")
	@GetMapping("/api/v1/cascades")
	Mono<Boxes.Box> box(@RequestParam(defaultValue = "relay") String box) {
		if (!"relay".equals(box) && !"sent".equals(box)) {
			return Mono.error(InvalidCascade.of("box", "relay or sent"));
		}
		return Viewers.current().flatMap((viewer) -> "sent".equals(box) ? this.boxes.sent(viewer)
				: this.boxes.relay(viewer));
	}

	@Operation(operationId = "getCascadeToolkit", summary = "Read a cascade's toolkit",
			description = "For the people in the cascade: its sender, the managers it reached and those above them, and "
					+ "communicators, HR and admins whose role covers a target; anyone else gets not found. Answers the "
					+ "core message and the toolkit with the caller's units to relay for. Changes nothing.")
	@GetMapping("/api/v1/cascades/{id}")
	Mono<Toolkit.View> toolkit(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.toolkit.toolkit(id, viewer));
	}

	@Operation(operationId = "openCascade", summary = "Record that I opened a cascade",
			description = "For the people in the cascade. Records that the caller opened it for each reached unit they relay "
					+ "for, which the tracker shows; opening again changes nothing.")
	@PostMapping("/api/v1/cascades/{id}/opens")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> open(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.relaying.open(id, viewer));
	}

	@Operation(operationId = "relayCascade", summary = "Relay a cascade for a unit",
			description = "For a manager in the cascade who relays for unitId (their own unit, one they carry, or an overdue "
					+ "unit just below theirs, recorded as on the missing manager's behalf). Records the relay by a "
					+ "published post addressed to the unit (POST), a workplace meeting (MEETING) or a printed sheet "
					+ "(PRINT), marks the unit relayed (and discussed for a meeting) and opens the next level below.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The unit relayed for and how: POST naming the post, MEETING with the meeting, or PRINT",
			required = true, content = @Content(examples = { @ExampleObject(name = "post", summary = "Relayed by a local post", value = "{\"unitId\":\"3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70\",\"kind\":\"POST\",\"postId\":\"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d\"}"),
					@ExampleObject(name = "meeting", summary = "Discussed at a workplace meeting", value = "{\"unitId\":\"3f2c1a9e-8b7d-4c6e-9f1a-2b3c4d5e6f70\",\"kind\":\"MEETING\",\"meeting\":{\"date\":\"2026-03-04\",\"participants\":12,\"questions\":\"Vem blir vår chef?\",\"feedback\":\"Oro för längre restider.\"}}") }))
	@PostMapping("/api/v1/cascades/{id}/relays")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Created> relay(@PathVariable UUID id, @RequestBody RelayRequest request) {
		return Viewers.current().flatMap((viewer) -> this.relaying.relay(id, viewer, request)).map(Created::new);
	}

	@Operation(operationId = "trackCascade", summary = "Track a cascade",
			description = "For the people in the cascade: the sender sees the whole tree, communicators, HR and admins the "
					+ "subtrees their role covers, managers the units they relay for or lead and those below (from unitId "
					+ "if given). Answers each unit's state, its "
					+ "manager and deadline, and how its relays reached people. Changes nothing.")
	@GetMapping("/api/v1/cascades/{id}/tracker")
	Mono<Tracker.View> tracker(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.tracker.track(id, unitId, viewer));
	}

	@Operation(operationId = "exportCascadeTracker", summary = "Export a cascade's tracker as CSV",
			description = "For those who may track the cascade, over the same units as the tracker. Answers the tracker as a "
					+ "CSV file, one row per unit. Changes nothing.")
	@GetMapping(path = "/api/v1/cascades/{id}/tracker.csv", produces = "text/csv")
	Mono<ResponseEntity<byte[]>> trackerCsv(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current()
			.flatMap((viewer) -> this.tracker.track(id, unitId, viewer))
			.map((view) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header("Content-Disposition", "attachment; filename=\"budkavle-" + id + ".csv\"")
				.body(TrackerCsv.of(view)));
	}

	@Operation(operationId = "listCascadeQuestions", summary = "Read the managers' questions",
			description = "For the people in the cascade. Answers the one thread of the managers' questions to the sender, "
					+ "with the sender's answers, so each answer helps every manager. Changes nothing.")
	@GetMapping("/api/v1/cascades/{id}/questions")
	Mono<ManagerQuestions.Thread> questions(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.questions.thread(id, viewer));
	}

	@Operation(operationId = "askCascadeQuestion", summary = "Ask the sender a question",
			description = "For the people in the cascade. Adds the caller's question, by name, to the thread everyone in the "
					+ "cascade reads.")
	@PostMapping("/api/v1/cascades/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Created> ask(@PathVariable UUID id, @RequestBody ManagerQuestions.Body body) {
		return Viewers.current().flatMap((viewer) -> this.questions.ask(id, viewer, body)).map(Created::new);
	}

	@Operation(operationId = "answerCascadeQuestion", summary = "Answer a manager's question",
			description = "For the cascade's sender only. Sets the answer to the question, by name, in the thread everyone in "
					+ "the cascade reads; answering again replaces it.")
	@PostMapping("/api/v1/cascades/{id}/questions/{questionId}/answer")
	Mono<Created> answer(@PathVariable UUID id, @PathVariable UUID questionId,
			@RequestBody ManagerQuestions.Body body) {
		return Viewers.current()
			.flatMap((viewer) -> this.questions.answer(id, questionId, viewer, body))
			.map(Created::new);
	}

	/** The id of what was created. */
	record Created(UUID id) {
	}
}
