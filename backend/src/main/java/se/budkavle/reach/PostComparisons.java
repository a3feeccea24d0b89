package se.budkavle.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;

/**
 * Compares the posts of a period within a unit's subtree, each with the figures {@link DisclosurePlan} lets its own
 * reach view show at that unit.
 */
@Service
public class PostComparisons {

	static final int MOST_POSTS = 100;

	private static final String POSTS = """
			select p.id, p.title, p.published_at, p.ack_required from post_fact p
			where p.status in ('PUBLISHED', 'WITHDRAWN') and p.published_at >= :from and p.published_at < :to
			  and exists (select 1 from post_audience_fact pa
			              join org_unit_subtree c on c.descendant_id = pa.unit_id and c.ancestor_id = :unitId
			              where pa.post_id = p.id)
			order by p.published_at desc, p.id
			limit :limit""";

	private final DatabaseClient database;

	private final ReachScope scope;

	private final ReachTrees trees;

	private final Clock clock;

	private final int minimum;

	PostComparisons(DatabaseClient database, ReachScope scope, ReachTrees trees, Clock clock,
			ReachProperties properties) {
		this.database = database;
		this.scope = scope;
		this.trees = trees;
		this.clock = clock;
		this.minimum = properties.minimumGroupSize();
	}

	/**
	 * The posts published in a period that reached anyone in a unit's subtree, newest first.
	 * @param viewer who asks
	 * @param unitId the unit
	 * @param from the start (default: 30 days before {@code to})
	 * @param to the end (default: now)
	 * @return the comparison, or {@link ReachForbidden} / {@link ReachNotFound} / {@link InvalidPeriod}
	 */
	public Mono<PostComparison> compare(Viewer viewer, UUID unitId, Instant from, Instant to) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(Duration.ofDays(30));
		if (!start.isBefore(end) || Duration.between(start, end).compareTo(UnitReports.LONGEST_PERIOD) > 0) {
			return Mono.error(new InvalidPeriod("The period must start before it ends and cover at most 366 days."));
		}
		return this.scope.unit(viewer, unitId)
			.flatMap((unit) -> this.trees.current()
				.flatMap((tree) -> posts(unit, start, end).concatMap((post) -> line(post, unit, tree))
					.collectList()
					.map((lines) -> new PostComparison(new PostReach.UnitLabel(unit, tree.node(unit).name()), start,
							end, this.minimum, lines))));
	}

	private Flux<Post> posts(UUID unitId, Instant from, Instant to) {
		return this.database.sql(POSTS)
			.bind("unitId", unitId)
			.bind("from", from)
			.bind("to", to)
			.bind("limit", MOST_POSTS)
			.map((row) -> new Post(row.get("id", UUID.class), row.get("title", String.class),
					row.get("published_at", Instant.class), Boolean.TRUE.equals(row.get("ack_required", Boolean.class))))
			.all();
	}

	private Mono<PostComparison.Line> line(Post post, UUID unitId, UnitTree tree) {
		return this.database.sql(PostReaches.CELLS)
			.bind("postId", post.id())
			.map((row) -> Map.entry(row.get("unit_id", UUID.class), PostReaches.counts(row)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new)
			.map((cells) -> line(post, unitId, tree, cells));
	}

	private PostComparison.Line line(Post post, UUID unitId, UnitTree tree, Map<UUID, Counts> cells) {
		Map<UUID, Long> audience = new HashMap<>();
		cells.forEach((unit, counts) -> audience.put(unit, counts.audience()));
		DisclosurePlan.Table table = DisclosurePlan.of(tree, audience, this.minimum).table(unitId);
		if (table.hidden()) {
			return new PostComparison.Line(post.id(), post.title(), post.publishedAt(), post.ack(), true, false, null);
		}
		Counts total = table.total()
			.stream()
			.map((unit) -> cells.getOrDefault(unit, Counts.NONE))
			.reduce(Counts.NONE, Counts::plus);
		return new PostComparison.Line(post.id(), post.title(), post.publishedAt(), post.ack(), false,
				!table.withheld().isEmpty(), Figures.of(total, post.ack()));
	}

	private record Post(UUID id, String title, Instant publishedAt, boolean ack) {
	}
}
