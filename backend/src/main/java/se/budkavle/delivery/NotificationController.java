package se.budkavle.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;

/**
 * The signed-in person's in-app notifications, newest first, and marking one read; nobody sees another's.
 */
@RestController
class NotificationController {

	private static final int DEFAULT_LIMIT = 20;

	private static final String PAGE = """
			select id, kind, title, body, link, post_id, created_at, read_at
			from notification
			where recipient_id = :me %s
			order by created_at desc, id desc
			limit :limit""";

	private static final String AFTER = """
			and (created_at, id) < (select created_at, id from notification where id = :after and recipient_id = :me)""";

	private final DatabaseClient database;

	private final Clock clock;

	NotificationController(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	@Operation(operationId = "listNotifications", summary = "List my notifications",
			description = "For any signed-in person, about themselves only: their in-app notifications, newest first, paged "
					+ "with after and limit. Nobody sees another's. Changes nothing.")
	@GetMapping("/api/v1/notifications")
	Mono<NotificationPage> notifications(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = Cursor.limit(limit, DEFAULT_LIMIT);
		return Viewers.current().flatMap((viewer) -> page(viewer, after, size));
	}

	@Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
			description = "For the notification's recipient only (anyone else's is not found). Records when it was first read; "
					+ "marking it again changes nothing.")
	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	Mono<Void> read(@PathVariable UUID id) {
		return Viewers.current()
			.flatMap((viewer) -> this.database.sql("""
					update notification set read_at = coalesce(read_at, :now)
					where id = :id and recipient_id = :me""")
				.bind("id", id)
				.bind("me", viewer.personId())
				.bind("now", this.clock.instant())
				.fetch()
				.rowsUpdated())
			.filter((updated) -> updated > 0)
			.switchIfEmpty(Mono.error(() -> new NotificationNotFound(id)))
			.then();
	}

	private Mono<NotificationPage> page(Viewer viewer, String after, int limit) {
		UUID afterId = (after != null && !after.isBlank()) ? Cursor.parse(after, 1).uuid(0) : null;
		var spec = this.database.sql(PAGE.formatted((afterId != null) ? AFTER : ""))
			.bind("me", viewer.personId())
			.bind("limit", limit + 1);
		if (afterId != null) {
			spec = spec.bind("after", afterId);
		}
		return spec.map((row) -> new NotificationPage.Item(row.get("id", UUID.class), row.get("kind", String.class),
				row.get("title", String.class), row.get("body", String.class), row.get("link", String.class),
				row.get("post_id", UUID.class), row.get("created_at", Instant.class), row.get("read_at", Instant.class)))
			.all()
			.collectList()
			.map((items) -> page(items, limit));
	}

	private static NotificationPage page(List<NotificationPage.Item> items, int limit) {
		if (items.size() <= limit) {
			return new NotificationPage(items, null);
		}
		return new NotificationPage(items.subList(0, limit), Cursor.of(items.get(limit - 1).id().toString()).token());
	}

	/** Raised when the notification does not exist or belongs to someone else. */
	static class NotificationNotFound extends RuntimeException {

		NotificationNotFound(UUID id) {
			super("You have no notification with id " + id);
		}
	}
}
