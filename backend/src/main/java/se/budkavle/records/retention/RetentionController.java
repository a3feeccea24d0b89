package se.budkavle.records.retention;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Input;

/**
 * Legal holds and retention runs for the records role and administrators.
 */
@RestController
class RetentionController {

	/** The longest reason kept with a hold or its release. */
	static final int REASON_LENGTH = 2000;

	private static final int RUNS_SHOWN = 50;

	private final Holds holds;

	private final Retention retention;

	private final RetentionRuns runs;

	RetentionController(Holds holds, Retention retention, RetentionRuns runs) {
		this.holds = holds;
		this.retention = retention;
		this.runs = runs;
	}

	/** A new hold: on one post or on one unit (the posts targeted at its subtree), and why. */
	record HoldRequest(UUID postId, UUID unitId, String reason) {
	}

	/** Why a hold is released. */
	record ReleaseRequest(String reason) {
	}

	/** The holds within the viewer's scope, newest first. */
	record HoldList(List<Hold> items) {
	}

	/** The latest retention runs, newest first. */
	record RunList(List<RetentionRun> items) {
	}

	@Operation(operationId = "placeLegalHold", summary = "Place a legal hold",
			description = "For the records role (on a post targeted at, or a unit within, its scope) and admins. Places a legal hold on one post or one unit's subtree: retention deletes and reduces nothing under it until it is released. Writes hold.placed with the reason to the audit trail.")
	@PostMapping("/api/v1/records/holds")
	Mono<ResponseEntity<Map<String, UUID>>> place(@RequestBody HoldRequest request) {
		if (request.postId() == null == (request.unitId() == null)) {
			throw new InvalidRetentionRequest("postId", "give exactly one of postId and unitId");
		}
		String reason = reason(request.reason());
		return Viewers.current()
			.flatMap((viewer) -> this.holds.place(viewer, request.postId(), request.unitId(), reason))
			.map((id) -> ResponseEntity.created(URI.create("/api/v1/records/holds/" + id)).body(Map.of("id", id)));
	}

	@Operation(operationId = "listLegalHolds", summary = "List legal holds",
			description = "For the records role (holds within its scope) and admins. Lists the legal holds in force and released, newest first, with who placed and released each, when and why; changes nothing.")
	@GetMapping("/api/v1/records/holds")
	Mono<HoldList> list() {
		return Viewers.current().flatMapMany(this.holds::list).collectList().map(HoldList::new);
	}

	@Operation(operationId = "releaseLegalHold", summary = "Release a legal hold",
			description = "For the records role (within its scope) and admins. Releases a hold in force, so that the next retention run applies the rules to what it held. Writes hold.released with the reason to the audit trail; a hold already released is a conflict.")
	@PostMapping("/api/v1/records/holds/{id}/release")
	Mono<Hold> release(@PathVariable UUID id, @RequestBody ReleaseRequest request) {
		String reason = reason(request.reason());
		return Viewers.current().flatMap((viewer) -> this.holds.release(viewer, id, reason));
	}

	@Operation(operationId = "runRetention", summary = "Run retention now",
			description = "For admins. Applies every retention rule now, as the daily run does and once across instances (a run already under way elsewhere is a conflict): deletes or reduces to aggregates what each rule's period allows, leaving out what is on legal hold, and writes retention.ran with the counts per rule to the audit trail.")
	@PostMapping("/api/v1/records/retention-runs")
	Mono<ResponseEntity<RetentionRun>> run() {
		return Viewers.current()
			.flatMap((viewer) -> {
				if (!viewer.scope(Role.ADMIN).whole()) {
					return Mono.error(new RetentionForbidden("Only administrators run retention by hand."));
				}
				return this.retention.run(viewer.personId()).switchIfEmpty(Mono.error(RetentionRunning::new));
			})
			.map((run) -> ResponseEntity.status(HttpStatus.CREATED).body(run));
	}

	@Operation(operationId = "listRetentionRuns", summary = "List retention runs",
			description = "For the records role and admins. Lists the latest retention runs, newest first, each with its cutoff, period, decision and count per rule; changes nothing.")
	@GetMapping("/api/v1/records/retention-runs")
	Mono<RunList> runs() {
		return Viewers.current().flatMap((viewer) -> {
			Holds.scope(viewer);
			return this.runs.recent(RUNS_SHOWN);
		}).map(RunList::new);
	}

	private static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidRetentionRequest("reason", "must say why");
		}
		if (reason.length() > REASON_LENGTH) {
			throw new InvalidRetentionRequest("reason", "must be at most " + REASON_LENGTH + " characters");
		}
		return Input.text("reason", reason).strip();
	}
}
