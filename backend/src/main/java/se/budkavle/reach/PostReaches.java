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
 * Works out how far a post got within a unit's subtree, showing only what {@link DisclosurePlan} allows.
 */
@Service
public class PostReaches {

	/**
	 * The figures per unit the audience was counted in, the reads from {@code post_reading} (personal first reads and
	 * those retention reduced to counts); the benchmark runs the same statement.
	 */
	static final String CELLS = """
			with audience as (
			    select pa.unit_id, count(*) as audience, count(a.person_id) as acknowledged
			    from post_audience_fact pa
			    left join acknowledgement_record a on a.post_id = pa.post_id and a.person_id = pa.person_id
			    where pa.post_id = :postId
			    group by pa.unit_id
			), reading as (
			    select unit_id, sum(readers) as readers from post_reading where post_id = :postId group by unit_id
			)
			select au.unit_id, au.audience, coalesce(rd.readers, 0) as readers, au.acknowledged
			from audience au left join reading rd on rd.unit_id = au.unit_id""";

	/**
	 * First reads per hour after publication within a subtree, less the units whose people its figures leave out; the
	 * benchmark runs the same statement.
	 */
	static final String READS_PER_HOUR = """
			select floor(v.read_after / 3600.0)::int as hour, sum(v.readers) as reads
			from post_reading v
			join org_unit_subtree c on c.descendant_id = v.unit_id and c.ancestor_id = :unitId
			where v.post_id = :postId and v.unit_id <> all(:withheld)
			group by 1
			order by 1""";

	/**
	 * How long (whole seconds) until the k-th read within a subtree (less the units left out), for half and 80 % of the
	 * audience; the benchmark runs it.
	 */
	static final String TIME_TO = """
			with reads as (
			    select v.read_after,
			           sum(v.readers) over (order by v.read_after rows between unbounded preceding and current row) as upto
			    from post_reading v
			    join org_unit_subtree c on c.descendant_id = v.unit_id and c.ancestor_id = :unitId
			    where v.post_id = :postId and v.unit_id <> all(:withheld)
			)
			select (select min(read_after) from reads where :half > 0 and upto >= :half) as half,
			       (select min(read_after) from reads where :most > 0 and upto >= :most) as most""";

	private static final String POST = """
			select id, title, published_at, ack_required from post_fact
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
		if (tree.rollUp(cells).getOrDefault(unitId, Counts.NONE).audience() == 0 && !this.scope.seesEverything(viewer)) {
			return Mono.error(ReachNotFound.post(post.id()));
		}
		Map<UUID, Long> audience = new HashMap<>();
		cells.forEach((unit, counts) -> audience.put(unit, counts.audience()));
		DisclosurePlan.Table table = DisclosurePlan.of(tree, audience, this.minimum).table(unitId);
		PostReach.UnitLabel label = new PostReach.UnitLabel(unitId, tree.node(unitId).name());
		boolean ack = post.acknowledgementRequired();
		if (table.hidden()) {
			return Mono.just(new PostReach(post.id(), post.title(), post.publishedAt(), ack, label, this.minimum, true,
					List.of(), null, List.of(), null, 0, List.of(), null, null));
		}
		List<PostReach.Row> rows = table.rows()
			.stream()
			.map((row) -> new PostReach.Row(row.unit().id(), row.unit().name(), row.direct(), row.hasSubunits(),
					row.withheld(), Figures.of(sum(cells, row.units()), ack)))
			.toList();
		Figures other = table.other().isEmpty() ? null : Figures.of(sum(cells, table.other()), ack);
		Counts total = sum(cells, table.total());
		return readsPerHour(post.id(), unitId, table.withheld())
			.zipWith(timesTo(post.id(), unitId, table.withheld(), total.audience()))
			.map((timeline) -> new PostReach(post.id(), post.title(), post.publishedAt(), ack, label, this.minimum,
					false, table.withheld(), Figures.of(total, ack), rows, other, table.otherGroups(), timeline.getT1(),
					timeline.getT2().half(), timeline.getT2().most()));
	}

	private static Counts sum(Map<UUID, Counts> cells, java.util.Collection<UUID> units) {
		return units.stream().map((unit) -> cells.getOrDefault(unit, Counts.NONE)).reduce(Counts.NONE, Counts::plus);
	}

	private Mono<Post> post(UUID postId) {
		return this.database.sql(POST)
			.bind("postId", postId)
			.map((row) -> new Post(row.get("id", UUID.class), row.get("title", String.class),
					row.get("published_at", Instant.class), Boolean.TRUE.equals(row.get("ack_required", Boolean.class))))
			.one()
			.switchIfEmpty(Mono.error(() -> ReachNotFound.post(postId)));
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

	private Mono<List<PostReach.HourlyReads>> readsPerHour(UUID postId, UUID unitId, List<UUID> withheld) {
		return this.database.sql(READS_PER_HOUR)
			.bind("postId", postId)
			.bind("unitId", unitId)
			.bind("withheld", withheld.toArray(UUID[]::new))
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

	private Mono<TimesTo> timesTo(UUID postId, UUID unitId, List<UUID> withheld, long audience) {
		return this.database.sql(TIME_TO)
			.bind("postId", postId)
			.bind("unitId", unitId)
			.bind("withheld", withheld.toArray(UUID[]::new))
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
