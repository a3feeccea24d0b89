package se.budkavle.news;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.platform.Cursor;

/**
 * A person's feed: the published, unexpired posts they were in the audience of, important unread ones first, then
 * newest first, a page at a time.
 */
@Component
class Feed {

	/**
	 * One page of the feed, in one statement. The rank is 0 for an important post the person has not opened, else 1;
	 * the page follows the last row of the previous one by (rank, publishedAt desc, id desc) — the first page passes
	 * rank -1. Names of the targeted units, the author and the person's acknowledgement are looked up for the page's
	 * rows only. The bench runs this very text with pgbench ({@code -M prepared}).
	 */
	static final String SQL = """
			with page as (
			    select p.id, p.title, p.excerpt, p.author_id, p.published_at, p.priority, p.ack_required,
			           p.ack_deadline, p.comment_count,
			           (r.post_id is not null or p.reads_reduced_at is not null) as read,
			           case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
			                then 0 else 1 end as rank
			    from post_audience a
			    join post p on p.id = a.post_id
			    left join post_read r on r.post_id = a.post_id and r.person_id = a.person_id
			    where a.person_id = :personId
			      and p.status = 'PUBLISHED' and (p.expires_at is null or p.expires_at > :now)
			      and (case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
			                then 0 else 1 end > :afterRank
			           or (case when p.priority = 'IMPORTANT' and r.post_id is null and p.reads_reduced_at is null
			                   then 0 else 1 end = :afterRank
			               and (p.published_at, p.id) < (:afterAt, :afterId)))
			    order by rank, p.published_at desc, p.id desc
			    limit :limit
			)
			select page.*, au.display_name as author_name, au.job_title as author_title, k.acknowledged_at,
			       array(select u.name from post_target t join org_unit u on u.id = t.unit_id
			             where t.post_id = page.id order by u.name) as units
			from page
			join org_person au on au.id = page.author_id
			left join acknowledgement_record k on k.post_id = page.id and k.person_id = :personId
			order by page.rank, page.published_at desc, page.id desc""";

	private static final UUID NIL = new UUID(0, 0);

	private final DatabaseClient database;

	private final Clock clock;

	Feed(DatabaseClient database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	Mono<FeedPage> page(UUID personId, String after, int limit) {
		return Mono.defer(() -> {
			Cursor cursor = (after != null && !after.isBlank()) ? Cursor.parse(after, 3) : null;
			return this.database.sql(SQL)
				.bind("personId", personId)
				.bind("now", this.clock.instant())
				.bind("afterRank", (cursor != null) ? cursor.number(0) : -1)
				.bind("afterAt", (cursor != null) ? cursor.instant(1) : Instant.EPOCH)
				.bind("afterId", (cursor != null) ? cursor.uuid(2) : NIL)
				.bind("limit", limit + 1)
				.map(Feed::item)
				.all()
				.collectList()
				.map((items) -> page(items, limit));
		});
	}

	private static FeedPage page(List<Ranked> rows, int limit) {
		List<FeedPage.Item> items = rows.stream().limit(limit).map(Ranked::item).toList();
		if (rows.size() <= limit) {
			return new FeedPage(items, null);
		}
		Ranked last = rows.get(limit - 1);
		return new FeedPage(items, Cursor
			.of(String.valueOf(last.rank()), last.item().publishedAt().toString(), last.item().id().toString())
			.token());
	}

	private static Ranked item(Readable row) {
		var author = new FeedPage.Author(row.get("author_id", UUID.class), row.get("author_name", String.class),
				row.get("author_title", String.class));
		var acknowledgement = new FeedPage.Acknowledgement(Boolean.TRUE.equals(row.get("ack_required", Boolean.class)),
				row.get("ack_deadline", Instant.class), row.get("acknowledged_at", Instant.class));
		var item = new FeedPage.Item(row.get("id", UUID.class), row.get("title", String.class),
				row.get("excerpt", String.class), author, List.of(row.get("units", String[].class)),
				row.get("published_at", Instant.class), row.get("priority", String.class), acknowledgement,
				Boolean.TRUE.equals(row.get("read", Boolean.class)), row.get("comment_count", Integer.class));
		return new Ranked(row.get("rank", Integer.class), item);
	}

	private record Ranked(int rank, FeedPage.Item item) {
	}
}
