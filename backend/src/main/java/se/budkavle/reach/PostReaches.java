package se.budkavle.reach;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Works out how far a post got within a unit's subtree, folding groups too small to show.
 */
@Service
public class PostReaches {

	/** The figures per unit the audience was counted in; the benchmark runs the same statement. */
	static final String CELLS = """
			select pa.unit_id, count(*) as audience, count(r.person_id) as readers, count(a.person_id) as acknowledged
			from post_audience pa
			left join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
			left join acknowledgement a on a.post_id = pa.post_id and a.person_id = pa.person_id
			where pa.post_id = :postId
			group by pa.unit_id""";

	/** First reads per hour after publication within a subtree; the benchmark runs the same statement. */
	static final String READS_PER_HOUR = """
			select floor(extract(epoch from r.first_read_at - p.published_at) / 3600)::int as hour, count(*) as reads
			from post p
			join post_audience pa on pa.post_id = p.id
			join unit_closure c on c.descendant_id = pa.unit_id and c.ancestor_id = :unitId
			join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
			where p.id = :postId
			group by 1
			order by 1""";

	/** How long until the k-th read within a subtree, for half and 80 % of the audience; the benchmark runs it. */
	static final String TIME_TO = """
			with reads as (
			    select r.first_read_at - p.published_at as after,
			           row_number() over (order by r.first_read_at, r.person_id) as n
			    from post p
			    join post_audience pa on pa.post_id = p.id
			    join unit_closure c on c.descendant_id = pa.unit_id and c.ancestor_id = :unitId
			    join post_read r on r.post_id = pa.post_id and r.person_id = pa.person_id
			    where p.id = :postId
			)
			select (select extract(epoch from after)::bigint from reads where n = :half) as half,
			       (select extract(epoch from after)::bigint from reads where n = :most) as most""";

	private static final String POST = """
			select id, title, published_at, ack_required from post
			where id = :postId and status in ('PUBLISHED', 'WITHDRAWN')""";

	private final DatabaseClient database;

	private final ReachScope scope;

	private final ReachTrees trees;

	private final int minimum;

	PostReaches(DatabaseClient database, ReachScope scope, ReachTrees trees, ReachProperties properties) {
		this.database = database;
		this.scope = scope;
		this.trees = trees;
		this.minimum = properties.minimumGroupSize();
	}

	/**
	 * The reach of a post within a unit's subtree.
	 * @param viewer who asks
	 * @param postId the post
	 * @param unitId the unit, or null for the viewer's starting point
	 * @return the figures, or {@link ReachForbidden} / {@link ReachNotFound}
	 */
	public Mono<PostReach> reach(Viewer viewer, UUID postId, UUID unitId) {
		return this.scope.unit(viewer, unitId)
			.flatMap((unit) -> post(postId).flatMap((post) -> cells(postId)
				.zipWith(this.trees.current())
				.flatMap((cellsAndTree) -> reach(viewer, post, unit, cellsAndTree.getT1(), cellsAndTree.getT2()))));
	}

	private Mono<PostReach> reach(Viewer viewer, Post post, UUID unitId, Map<UUID, Counts> cells, UnitTree tree) {
		Map<UUID, Counts> subtree = tree.rollUp(cells);
		Counts total = subtree.getOrDefault(unitId, Counts.NONE);
		if (total.audience() == 0 && !this.scope.seesEverything(viewer)) {
			return Mono.error(new ReachNotFound("post-not-found", "There is no post " + post.id() + "."));
		}
		UnitTree.Node unit = tree.node(unitId);
		PostReach.UnitLabel label = new PostReach.UnitLabel(unitId, unit.name());
		var groups = Groups.of(tree, unitId, subtree, cells, Counts::audience);
		var folded = Disclosure.fold(groups, (group) -> group.figures().audience(), this.minimum);
		if (folded.hidden() || !Drilldown.reachable(tree, unitId, subtree, cells, this.minimum)) {
			return Mono.just(new PostReach(post.id(), post.title(), post.publishedAt(), post.acknowledgementRequired(),
					label, this.minimum, true, null, List.of(), null, 0, List.of(), null, null));
		}
		List<PostReach.Row> rows = folded.shown()
			.stream()
			.map((group) -> new PostReach.Row(group.unit().id(), group.unit().name(), group.direct(),
					group.hasSubunits(), Figures.of(group.figures(), post.acknowledgementRequired())))
			.toList();
		Counts other = folded.folded().stream().map(Groups.Group::figures).reduce(Counts.NONE, Counts::plus);
		Figures otherFigures = folded.folded().isEmpty() ? null : Figures.of(other, post.acknowledgementRequired());
		return readsPerHour(post.id(), unitId).zipWith(timesTo(post.id(), unitId, total.audience()))
			.map((timeline) -> new PostReach(post.id(), post.title(), post.publishedAt(),
					post.acknowledgementRequired(), label, this.minimum, false,
					Figures.of(total, post.acknowledgementRequired()), rows, otherFigures, folded.folded().size(),
					timeline.getT1(), timeline.getT2().half(), timeline.getT2().most()));
	}

	private Mono<Post> post(UUID postId) {
		return this.database.sql(POST)
			.bind("postId", postId)
			.map((row) -> new Post(row.get("id", UUID.class), row.get("title", String.class),
					row.get("published_at", Instant.class), Boolean.TRUE.equals(row.get("ack_required", Boolean.class))))
			.one()
			.switchIfEmpty(Mono.error(() -> new ReachNotFound("post-not-found", "There is no post " + postId + ".")));
	}

	private Mono<Map<UUID, Counts>> cells(UUID postId) {
		return this.database.sql(CELLS)
			.bind("postId", postId)
			.map((row) -> Map.entry(row.get("unit_id", UUID.class), counts(row)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
	}

	static Counts counts(Readable row) {
		return new Counts(row.get("audience", Long.class), row.get("readers", Long.class),
				row.get("acknowledged", Long.class));
	}

	private Mono<List<PostReach.HourlyReads>> readsPerHour(UUID postId, UUID unitId) {
		return this.database.sql(READS_PER_HOUR)
			.bind("postId", postId)
			.bind("unitId", unitId)
			.map((row) -> new PostReach.HourlyReads(row.get("hour", Integer.class), row.get("reads", Long.class)))
			.all()
			.collectList()
			.map(PostReaches::withoutGaps);
	}

	private static List<PostReach.HourlyReads> withoutGaps(List<PostReach.HourlyReads> hours) {
		if (hours.isEmpty()) {
			return hours;
		}
		Map<Integer, Long> reads = new HashMap<>();
		hours.forEach((hour) -> reads.put(hour.hour(), hour.reads()));
		int last = hours.get(hours.size() - 1).hour();
		List<PostReach.HourlyReads> filled = new ArrayList<>(last + 1);
		for (int hour = 0; hour <= last; hour++) {
			filled.add(new PostReach.HourlyReads(hour, reads.getOrDefault(hour, 0L)));
		}
		return filled;
	}

	private Mono<TimesTo> timesTo(UUID postId, UUID unitId, long audience) {
		return this.database.sql(TIME_TO)
			.bind("postId", postId)
			.bind("unitId", unitId)
			.bind("half", (long) Math.ceil(audience * 0.5))
			.bind("most", (long) Math.ceil(audience * 0.8))
			.map((row) -> new TimesTo(duration(row.get("half", Long.class)), duration(row.get("most", Long.class))))
			.one();
	}

	private static String duration(Long seconds) {
		return (seconds == null) ? null : Duration.ofSeconds(seconds).toString();
	}

	private record Post(UUID id, String title, Instant publishedAt, boolean acknowledgementRequired) {
	}

	private record TimesTo(String half, String most) {
	}
}
