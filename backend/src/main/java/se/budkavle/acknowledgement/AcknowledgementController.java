package se.budkavle.acknowledgement;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewers;

/**
 * "Jag har läst" over HTTP: confirming a post, following its progress and reminding those still pending.
 */
@RestController
class AcknowledgementController {

	private final Acknowledging acknowledging;

	private final ProgressReport report;

	private final Reminders reminders;

	private final PendingPeople pending;

	AcknowledgementController(Acknowledging acknowledging, ProgressReport report, Reminders reminders,
			PendingPeople pending) {
		this.acknowledging = acknowledging;
		this.report = report;
		this.reminders = reminders;
		this.pending = pending;
	}

	@Operation(operationId = "acknowledgePost", summary = "Acknowledge a post",
			description = "For a person in the post's audience, when the post asks for acknowledgement (everyone else: not "
					+ "found). Records ”Jag har läst” once and answers when it was first made; acknowledging again changes "
					+ "nothing. Those following the post see the new totals live.")
	@PutMapping("/api/v1/posts/{id}/acknowledgement")
	Mono<Acknowledged> acknowledge(@PathVariable UUID id) {
		return Viewers.current().flatMap((viewer) -> this.acknowledging.acknowledge(id, viewer)).map(Acknowledged::new);
	}

	@Operation(operationId = "getAcknowledgementProgress", summary = "Follow a post's acknowledgements",
			description = "For the post's author and HR and administrators whose role covers its whole audience (the whole "
					+ "audience), and for managers of units in the audience and HR scoped to part of it (their part; "
					+ "unitId narrows to one unit). How many have acknowledged, per unit. Changes nothing.")
	@GetMapping("/api/v1/posts/{id}/acknowledgements")
	Mono<Progress> progress(@PathVariable UUID id, @RequestParam(required = false) UUID unitId) {
		return Viewers.current().flatMap((viewer) -> this.report.progress(id, viewer, unitId));
	}

	/**
	 * Reminds those still pending in the viewer's scope: everyone, one unit's subtree ({@code unitId}) or one person
	 * ({@code personId}).
	 */
	@Operation(operationId = "remindPending", summary = "Remind those who have not acknowledged",
			description = "For the post's author and communicators and administrators whose role covers it (the whole "
					+ "audience), managers of its units (their units) and communicators and administrators scoped to part "
					+ "of it (that part). Sends a reminder to those still pending: everyone in that scope, one unit's "
					+ "subtree (unitId) or one person (personId); nobody is reminded twice within a day. Answers 202 with "
					+ "the counts.")
	@PostMapping("/api/v1/posts/{id}/reminders")
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<Reminded> remind(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) UUID personId) {
		return Viewers.current()
			.flatMap((viewer) -> this.reminders.remind(id, viewer, new Reminders.Whom(unitId, personId)));
	}

	/** Who has not acknowledged yet, by unit, searchable ({@code q}) and paged ({@code after}, {@code limit} ≤ 100). */
	@Operation(operationId = "listPendingAcknowledgements", summary = "List who has not acknowledged",
			description = "For the post's author, HR and the managers of units in the audience (their part); administrators "
					+ "only where the deployment allows it. The people still pending, by unit, searchable with q and paged "
					+ "with after and limit. Changes nothing.")
	@GetMapping("/api/v1/posts/{id}/acknowledgements/pending")
	Mono<PendingPeople.PendingPage> pending(@PathVariable UUID id, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		return Viewers.current().flatMap((viewer) -> this.pending.page(id, viewer, unitId, q, after, limit));
	}

	/** The answer to a confirmation: when it was first made. */
	record Acknowledged(Instant acknowledgedAt) {
	}
}
