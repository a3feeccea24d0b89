package se.budkavle.records.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;

/**
 * The audit trail for the records role and administrators, newest first, by period and action.
 */
@RestController
class AuditController {

	private static final int DEFAULT_LIMIT = 50;

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	/** One page of entries and the cursor of the next, or {@code null} on the last page. */
	record AuditPage(List<AuditTrail.Entry> items, String next) {
	}

	@Operation(operationId = "listAuditEntries", summary = "List the audit trail",
			description = "For the records role (registrator, arkivarie) and admins; a role held for a subtree sees only entries about its units. Lists the append-only audit trail of administrative and moderating actions, newest first, optionally from and to a time and for one action or area; changes nothing.")
	@GetMapping("/api/v1/records/audit")
	Mono<AuditPage> page(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(required = false) String action, @RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_LIMIT);
		AuditTrail.Query query = query(from, to, action, after);
		return Viewers.current()
			.flatMap((viewer) -> this.trail.page(RecordsAccess.scope(viewer), query, size + 1).collectList())
			.map((rows) -> {
				var shown = rows.subList(0, Math.min(size, rows.size()));
				String next = (rows.size() > size)
						? Cursor.of(shown.get(size - 1).at().toString(), Long.toString(shown.get(size - 1).id())).token()
						: null;
				return new AuditPage(shown, next);
			});
	}

	private static AuditTrail.Query query(Instant from, Instant to, String action, String after) {
		Instant start = (from != null) ? Input.date("from", from) : Input.EARLIEST;
		Instant end = (to != null) ? Input.date("to", to) : Input.END;
		if (action != null && !action.matches("[a-z]+(\\.[a-z-]+)*")) {
			throw new InvalidRecordsRequest("action", "must be an action such as comment.hidden or an area such as comment");
		}
		if (after == null) {
			return new AuditTrail.Query(start, end, action, Input.END, Long.MAX_VALUE);
		}
		Cursor cursor = Cursor.parse(after, 2);
		return new AuditTrail.Query(start, end, action, cursor.instant(0), id(cursor));
	}

	private static long id(Cursor cursor) {
		try {
			return Long.parseLong(cursor.value(1));
		}
		catch (NumberFormatException ex) {
			throw new InvalidRecordsRequest("after", "is not a cursor this hub made");
		}
	}
}
