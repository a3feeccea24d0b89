package se.budkavle.org.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.org.DirectoryChanges;
import tools.jackson.databind.json.JsonMapper;

/**
 * The latest directory imports and syncs, newest first, with who ran them, for the administrator's page.
 */
@RestController
class DirectoryHistory {

	static final int MAX_ENTRIES = 100;

	private static final String LATEST = """
			select i.id, i.source, i.applied_at, cast(i.changes as text) as changes, i.applied_by,
			       p.display_name as applied_by_name
			from directory_import i left join person p on p.id = i.applied_by
			order by i.applied_at desc, i.id
			limit :limit""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	DirectoryHistory(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The latest imports and syncs (no paging: the page shows the recent ones; the audit trail keeps all).
	 * @param limit how many, at most {@value #MAX_ENTRIES}
	 * @return the entries, newest first
	 */
	@Operation(operationId = "listDirectoryHistory", summary = "List directory imports and syncs",
			description = "For administrators of the whole organisation and the bootstrap administrator. The latest applied "
					+ "imports and syncs (limit, at most 100), newest first, with who ran them and the counts of each kind "
					+ "of change. Changes nothing.")
	@GetMapping("/api/v1/admin/directory/history")
	Mono<History> history(@RequestParam(defaultValue = "20") int limit) {
		return this.database.sql(LATEST)
			.bind("limit", Math.max(1, Math.min(limit, MAX_ENTRIES)))
			.map((row) -> entry(row.get("id", UUID.class), row.get("source", String.class),
					row.get("applied_at", Instant.class), row.get("changes", String.class),
					row.get("applied_by", UUID.class), row.get("applied_by_name", String.class)))
			.all()
			.collectList()
			.map(History::new);
	}

	private static Entry entry(UUID id, String source, Instant appliedAt, String changes, UUID appliedBy,
			String appliedByName) {
		DirectoryChanges counts = JSON.readValue(changes, DirectoryChanges.class);
		return new Entry(id, source, appliedAt, (appliedBy != null) ? new Person(appliedBy, appliedByName) : null,
				counts, counts.total());
	}

	/**
	 * The latest imports and syncs.
	 *
	 * @param entries newest first
	 */
	record History(List<Entry> entries) {
	}

	/**
	 * One applied import or sync.
	 *
	 * @param id the import's id
	 * @param source {@code upload}, {@code m365} or the start-up file's name
	 * @param appliedAt when it was applied
	 * @param appliedBy who ran it; {@code null} for the system (schedule, start-up file) or a bootstrap admin
	 * @param changes the counts per kind of change
	 * @param total all changes together
	 */
	record Entry(UUID id, String source, Instant appliedAt, Person appliedBy, DirectoryChanges changes, int total) {
	}

	/**
	 * Who ran an import.
	 *
	 * @param id the person's id
	 * @param name their name
	 */
	record Person(UUID id, String name) {
	}
}
