package se.budkavle.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Reports how the posts of a period did within a unit's subtree, per child unit, showing only what
 * {@link DisclosurePlan} allows.
 */
@Service
public class UnitReports {

	/** The longest period one report covers. */
	static final Duration LONGEST_PERIOD = Duration.ofDays(366);

	/**
	 * Per post and unit of the subtree: audience, readers, acknowledgements and the whole seconds after publication of
	 * each first read, in order, so that any set of units adds up to a row; reads come from {@code post_reading}
	 * (personal first reads and those retention reduced to counts, each count unfolded). The benchmark runs the same
	 * statement.
	 */
	static final String CELLS = """
			with audience as (
			    select pa.post_id, pa.unit_id, count(*) as audience, count(a.person_id) as acknowledged,
			           bool_or(p.ack_required) as ack_required
			    from post_fact p
			    join post_audience_fact pa on pa.post_id = p.id
			    join org_unit_subtree scope on scope.descendant_id = pa.unit_id and scope.ancestor_id = :unitId
			    left join acknowledgement_record a on a.post_id = pa.post_id and a.person_id = pa.person_id
			    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
			    group by pa.post_id, pa.unit_id
			), reading as (
			    select v.post_id, v.unit_id, count(*) as readers, array_agg(v.read_after order by v.read_after) as reads
			    from post_fact p
			    join post_reading v on v.post_id = p.id
			    join org_unit_subtree scope on scope.descendant_id = v.unit_id and scope.ancestor_id = :unitId
			    cross join lateral generate_series(1, v.readers)
			    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
			    group by v.post_id, v.unit_id
			)
			select au.post_id, au.unit_id, au.audience, coalesce(rd.readers, 0) as readers, au.acknowledged,
			       au.ack_required, rd.reads
			from audience au left join reading rd on rd.post_id = au.post_id and rd.unit_id = au.unit_id""";

	/**
	 * Per unit of the subtree: the comments its people wrote, and the questions first asked to it with the seconds each
	 * took to get its first answer. The benchmark runs the same statement.
	 */
	static final String DIALOGUE = """
			with said as (
			    select m.unit_id, 'comment' as kind, null::bigint as answer_seconds, false as answered
			    from comment_record c join person_membership_record m on m.person_id = c.author_id and m.is_primary
			    where c.created_at >= :from and c.created_at < :to
			    union all
			    select q.asked_unit_id, 'question', extract(epoch from q.first_answered_at - q.asked_at)::bigint,
			           q.first_answered_at is not null
			    from question_record q
			    where q.asked_at >= :from and q.asked_at < :to
			)
			select said.unit_id,
			       count(*) filter (where kind = 'comment') as comments,
			       count(*) filter (where kind = 'question') as asked,
			       count(*) filter (where answered) as answered,
			       array_agg(answer_seconds) filter (where answer_seconds is not null) as answer_seconds
			from said
			join org_unit_subtree scope on scope.descendant_id = said.unit_id and scope.ancestor_id = :unitId
			group by said.unit_id""";

	private final DatabaseClient database;

	private final ReachScope scope;

	private final ReachTrees trees;

	private final Clock clock;

	private final int minimum;

	UnitReports(DatabaseClient database, ReachScope scope, ReachTrees trees, Clock clock, ReachProperties properties) {
		this.database = database;
		this.scope = scope;
		this.trees = trees;
		this.clock = clock;
		this.minimum = properties.minimumGroupSize();
	}

	/**
	 * The report of a unit for a period.
	 * @param viewer who asks
	 * @param unitId the unit
	 * @param from the start (default: 30 days before {@code to})
	 * @param to the end (default: now)
	 * @return the report, or {@link ReachForbidden} / {@link ReachNotFound} / {@link InvalidPeriod}
	 */
	public Mono<UnitReport> report(Viewer viewer, UUID unitId, Instant from, Instant to) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(Duration.ofDays(30));
		if (!start.isBefore(end)) {
			return Mono.error(new InvalidPeriod("The period must start before it ends."));
		}
		if (Duration.between(start, end).compareTo(LONGEST_PERIOD) > 0) {
			return Mono.error(new InvalidPeriod("A report covers at most 366 days."));
		}
		return this.scope.unit(viewer, unitId)
			.flatMap((unit) -> Mono
				.zip(this.trees.people(), this.trees.current(), cells(unit, start, end), dialogue(unit, start, end))
				.map((loaded) -> report(unit, start, end, loaded.getT1(), loaded.getT2(), loaded.getT3(),
						loaded.getT4())));
	}

	private UnitReport report(UUID unitId, Instant from, Instant to, Map<UUID, Long> people, UnitTree tree,
			List<Cell> cells, Map<UUID, Dialogue> dialogue) {
		DisclosurePlan plan = DisclosurePlan.of(tree, people, this.minimum);
		DisclosurePlan.Table table = plan.table(unitId);
		PostReach.UnitLabel label = new PostReach.UnitLabel(unitId, tree.node(unitId).name());
		if (table.hidden()) {
			return new UnitReport(label, from, to, this.minimum, true, List.of(), null, List.of(), null, 0);
		}
		List<UnitReport.Row> rows = table.rows()
			.stream()
			.map((row) -> new UnitReport.Row(row.unit().id(), row.unit().name(), row.direct(), row.hasSubunits(),
					row.withheld(), line(plan, row.units(), cells, dialogue)))
			.toList();
		UnitReport.Line other = table.other().isEmpty() ? null : line(plan, table.other(), cells, dialogue);
		return new UnitReport(label, from, to, this.minimum, false, table.withheld(),
				line(plan, table.total(), cells, dialogue), rows, other, table.otherGroups());
	}

	private static UnitReport.Line line(DisclosurePlan plan, Set<UUID> units, List<Cell> cells,
			Map<UUID, Dialogue> dialogue) {
		List<Cell> own = cells.stream().filter((cell) -> units.contains(cell.unitId())).toList();
		Dialogue said = Dialogue.sum(units.stream().map((unit) -> dialogue.getOrDefault(unit, Dialogue.NONE)).toList());
		return line(plan.people(units), merged(own), said);
	}

	/** Adds up the cells of each post into one, keeping every first read so that the time to 50 % stays exact. */
	private static List<Cell> merged(List<Cell> cells) {
		Map<UUID, Cell> perPost = new HashMap<>();
		for (Cell cell : cells) {
			perPost.merge(cell.postId(), cell, Cell::plus);
		}
		return List.copyOf(perPost.values());
	}

	private static UnitReport.Line line(long people, List<Cell> cells, Dialogue dialogue) {
		double meanReach = cells.stream().mapToDouble((cell) -> 100.0 * cell.readers() / cell.audience()).average()
			.orElse(0);
		var acknowledged = cells.stream().filter(Cell::acknowledgementRequired).toList();
		Double meanAcknowledgement = acknowledged.isEmpty() ? null
				: round(acknowledged.stream()
					.mapToDouble((cell) -> 100.0 * cell.acknowledged() / cell.audience())
					.average()
					.orElse(0));
		List<Long> halves = cells.stream().map(Cell::halfSeconds).filter((half) -> half != null).sorted().toList();
		String median = halves.isEmpty() ? null : Duration.ofSeconds(median(halves)).toString();
		List<Long> answers = dialogue.answerSeconds().stream().sorted().toList();
		String answerTime = answers.isEmpty() ? null : Duration.ofSeconds(median(answers)).toString();
		return new UnitReport.Line(people, cells.size(), round(meanReach), meanAcknowledgement, median,
				dialogue.comments(), dialogue.asked(), dialogue.answered(), answerTime);
	}

	private static long median(List<Long> sorted) {
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}

	private Mono<List<Cell>> cells(UUID unitId, Instant from, Instant to) {
		return this.database.sql(CELLS)
			.bind("unitId", unitId)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> {
				Long[] reads = row.get("reads", Long[].class);
				return new Cell(row.get("post_id", UUID.class), row.get("unit_id", UUID.class),
						row.get("audience", Long.class), row.get("readers", Long.class),
						row.get("acknowledged", Long.class), Boolean.TRUE.equals(row.get("ack_required", Boolean.class)),
						(reads != null) ? List.of(reads) : List.of());
			})
			.all()
			.collectList();
	}

	private Mono<Map<UUID, Dialogue>> dialogue(UUID unitId, Instant from, Instant to) {
		return this.database.sql(DIALOGUE)
			.bind("unitId", unitId)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> {
				Long[] seconds = row.get("answer_seconds", Long[].class);
				return Map.entry(row.get("unit_id", UUID.class),
						new Dialogue(row.get("comments", Long.class), row.get("asked", Long.class),
								row.get("answered", Long.class), (seconds != null) ? List.of(seconds) : List.of()));
			})
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue, HashMap::new);
	}

	private record Dialogue(long comments, long asked, long answered, List<Long> answerSeconds) {

		static final Dialogue NONE = new Dialogue(0, 0, 0, List.of());

		static Dialogue sum(List<Dialogue> parts) {
			List<Long> seconds = new ArrayList<>();
			parts.forEach((part) -> seconds.addAll(part.answerSeconds()));
			return new Dialogue(parts.stream().mapToLong(Dialogue::comments).sum(),
					parts.stream().mapToLong(Dialogue::asked).sum(), parts.stream().mapToLong(Dialogue::answered).sum(),
					seconds);
		}
	}

	/** One post's figures in one unit (or, merged, in a set of units), with the seconds to each first read. */
	private record Cell(UUID postId, UUID unitId, long audience, long readers, long acknowledged,
			boolean acknowledgementRequired, List<Long> reads) {

		Cell plus(Cell other) {
			List<Long> both = new ArrayList<>(this.reads);
			both.addAll(other.reads);
			return new Cell(this.postId, null, this.audience + other.audience, this.readers + other.readers,
					this.acknowledged + other.acknowledged, this.acknowledgementRequired, both);
		}

		/** Seconds until half the audience had read, or null when fewer read. */
		Long halfSeconds() {
			int half = (int) Math.ceil(this.audience / 2.0);
			if (half == 0 || this.reads.size() < half) {
				return null;
			}
			return this.reads.stream().sorted().skip(half - 1).findFirst().orElseThrow();
		}
	}
}
