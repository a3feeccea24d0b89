package se.budkavle.records.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;
import se.budkavle.platform.Input;
import se.budkavle.records.Audit;

/**
 * Disclosure search for the records role: official records by words, period, unit, author and kind, newest first;
 * each search is written to the audit trail.
 */
@RestController
class SearchController {

	private static final int DEFAULT_LIMIT = 50;

	private static final int MAX_TEXT = 200;

	private final RecordSearch search;

	private final Audit audit;

	SearchController(RecordSearch search, Audit audit) {
		this.search = search;
		this.audit = audit;
	}

	/** One page of records found and the cursor of the next, or {@code null} on the last page. */
	record SearchPage(List<RecordSearch.Found> items, String next) {
	}

	@Operation(operationId = "searchRecords", summary = "Search official records",
			description = "For the records role and admins, inside their scope. Searches official records by words, period, unit, author and type: posts by any of their versions, comments visible, hidden or deleted, questions and answers (anonymous ones carry no asker); the search is written to the audit trail.")
	@GetMapping("/api/v1/records/search")
	Mono<SearchPage> search(@RequestParam(required = false) String text, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(required = false) UUID unitId,
			@RequestParam(required = false) UUID authorId, @RequestParam(required = false) String types,
			@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_LIMIT);
		RecordSearch.SearchQuery query = query(text, from, to, unitId, authorId, types, after);
		return Viewers.current().flatMap((viewer) -> {
			var scope = RecordsAccess.scope(viewer);
			return this.search.find(scope, query, size + 1)
				.collectList()
				.flatMap((rows) -> this.audit
					.record(viewer.personId(), "records.searched", "search", query.unitId(), describe(query, rows.size()))
					.thenReturn(page(rows, size)));
		});
	}

	private static SearchPage page(List<RecordSearch.Found> rows, int size) {
		var shown = rows.subList(0, Math.min(size, rows.size()));
		String next = (rows.size() > size)
				? Cursor.of(shown.get(size - 1).at().toString(), shown.get(size - 1).id().toString()).token() : null;
		return new SearchPage(shown, next);
	}

	private static RecordSearch.SearchQuery query(String text, Instant from, Instant to, UUID unitId, UUID authorId,
			String types, String after) {
		String words = (text != null) ? Input.line("text", text).strip() : "";
		if (words.length() > MAX_TEXT) {
			throw new InvalidRecordsRequest("text", "must be at most " + MAX_TEXT + " characters");
		}
		Instant start = (from != null) ? Input.date("from", from) : Input.EARLIEST;
		Instant end = (to != null) ? Input.date("to", to) : Input.END;
		Cursor cursor = (after != null) ? Cursor.parse(after, 2) : null;
		return new RecordSearch.SearchQuery(words, start, end, unitId, authorId, RecordType.list("types", types),
				(cursor != null) ? cursor.instant(0) : Input.END,
				(cursor != null) ? cursor.uuid(1) : new UUID(-1L, -1L));
	}

	private static String describe(RecordSearch.SearchQuery query, int found) {
		return "text=\"" + query.text() + "\" from=" + query.from() + " to=" + query.to() + " types=" + query.types()
				+ ((query.authorId() != null) ? " author=" + query.authorId() : "") + " found=" + found;
	}
}
