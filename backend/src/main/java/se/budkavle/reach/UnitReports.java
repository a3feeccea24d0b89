package se.budkavle.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Reports how the posts of a period did within a unit's subtree, per child unit, folding groups too small to show.
 */
@Service
public class UnitReports {

	/** The longest period one report covers. */
	static final Duration LONGEST_PERIOD = Duration.ofDays(366);

	/**
	 * Per post and row (child unit, or the unit itself): audience, readers, acknowledgements and how long until half
	 * the row's audience had read. The benchmark runs the same statement.
	 */
	static final String CELLS = """
			with scoped as (
			    select pa.post_id, pa.person_id, p.published_at, coalesce(child.ancestor_id, :unitId) as group_id
			    from post p
			    join post_audience pa on pa.post_id = p.id
			    join unit_closure scope on scope.descendant_id = pa.unit_id and scope.ancestor_id = :unitId
			    left join unit_closure child on child.descendant_id = pa.unit_id
			        and child.ancestor_id in (select id from unit where parent_id = :unitId)
			    where p.status = 'PUBLISHED' and p.published_at >= :from and p.published_at < :to
			), cells as (
			    select s.post_id, s.group_id, count(*) as audience, count(r.person_id) as readers,
			           count(a.person_id) as acknowledged
			    from scoped s
			    left join post_read r on r.post_id = s.post_id and r.person_id = s.person_id
			    left join acknowledgement a on a.post_id = s.post_id and a.person_id = s.person_id
			    group by s.post_id, s.group_id
			), ranked as (
			    select s.post_id, s.group_id, r.first_read_at - s.published_at as after,
			           row_number() over (partition by s.post_id, s.group_id order by r.first_read_at, r.person_id) as n
			    from scoped s
			    join post_read r on r.post_id = s.post_id and r.person_id = s.person_id
			)
			select c.post_id, c.group_id, c.audience, c.readers, c.acknowledged, p.ack_required,
			       extract(epoch from k.after)::bigint as half
			from cells c
			join post p on p.id = c.post_id
			left join ranked k on k.post_id = c.post_id and k.group_id = c.group_id and k.n = ceil(c.audience / 2.0)""";

	/**
	 * Per row: the comments its people wrote, and the questions first asked to its units with the seconds each took
	 * to get its first answer. The benchmark runs the same statement.
	 */
	static final String DIALOGUE = """
			with said as (
			    select m.unit_id, 'comment' as kind, null::bigint as answer_seconds, false as answered
			    from comment c join membership m on m.person_id = c.author_id and m.is_primary
			    where c.created_at >= :from and c.created_at < :to
			    union all
			    select q.asked_unit_id, 'question', extract(epoch from q.first_answered_at - q.asked_at)::bigint,
			           q.first_answered_at is not null
			    from question q
			    where q.asked_at >= :from and q.asked_at < :to
			)
			select coalesce(child.ancestor_id, :unitId) as group_id,
			       count(*) filter (where kind = 'comment') as comments,
			       count(*) filter (where kind = 'question') as asked,
			       count(*) filter (where answered) as answered,
			       array_agg(answer_seconds) filter (where answer_seconds is not null) as answer_seconds
			from said
			join unit_closure scope on scope.descendant_id = said.unit_id and scope.ancestor_id = :unitId
			left join unit_closure child on child.descendant_id = said.unit_id
			    and child.ancestor_id in (select id from unit where parent_id = :unitId)
			group by 1""";

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
		Map<UUID, Counts> peopleCells = asCounts(people);
		Map<UUID, Counts> rolledUp = tree.rollUp(peopleCells);
		Map<UUID, Long> subtreePeople = new HashMap<>();
		rolledUp.forEach((unit, counts) -> subtreePeople.put(unit, counts.audience()));
		PostReach.UnitLabel label = new PostReach.UnitLabel(unitId, tree.node(unitId).name());
		var groups = Groups.of(tree, unitId, subtreePeople, people, Long::longValue);
		var folded = Disclosure.fold(groups, Groups.Group::figures, this.minimum);
		if (folded.hidden() || !Drilldown.reachable(tree, unitId, rolledUp, peopleCells,
				this.minimum)) {
			return new UnitReport(label, from, to, this.minimum, true, null, List.of(), null, 0);
		}
		List<UnitReport.Row> rows = new ArrayList<>();
		for (var group : folded.shown()) {
			List<Cell> own = cells.stream().filter((cell) -> cell.groupId().equals(group.unit().id())).toList();
			rows.add(new UnitReport.Row(group.unit().id(), group.unit().name(), group.direct(), group.hasSubunits(),
					line(group.figures(), own, dialogue.getOrDefault(group.unit().id(), Dialogue.NONE))));
		}
		List<UUID> otherIds = folded.folded().stream().map((group) -> group.unit().id()).toList();
		long otherPeople = folded.folded().stream().mapToLong(Groups.Group::figures).sum();
		UnitReport.Line other = otherIds.isEmpty() ? null
				: line(otherPeople, merged(cells.stream().filter((cell) -> otherIds.contains(cell.groupId())).toList()),
						Dialogue.sum(otherIds.stream().map((id) -> dialogue.getOrDefault(id, Dialogue.NONE)).toList()));
		UnitReport.Line total = line(subtreePeople.getOrDefault(unitId, 0L), merged(cells),
				Dialogue.sum(List.copyOf(dialogue.values())));
		return new UnitReport(label, from, to, this.minimum, false, total, rows, other, otherIds.size());
	}

	/** Adds up the rows of each post into one (a merged row's time to 50 % is not known from its parts). */
	private static List<Cell> merged(List<Cell> cells) {
		Map<UUID, Cell> perPost = new HashMap<>();
		for (Cell cell : cells) {
			perPost.merge(cell.postId(), cell, (a, b) -> new Cell(a.postId(), null, a.audience() + b.audience(),
					a.readers() + b.readers(), a.acknowledged() + b.acknowledged(), a.acknowledgementRequired(), null));
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

	static Map<UUID, Counts> asCounts(Map<UUID, Long> people) {
		Map<UUID, Counts> counts = new HashMap<>();
		people.forEach((unit, size) -> counts.put(unit, new Counts(size, 0, 0)));
		return counts;
	}

	private Mono<List<Cell>> cells(UUID unitId, Instant from, Instant to) {
		return this.database.sql(CELLS)
			.bind("unitId", unitId)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> new Cell(row.get("post_id", UUID.class), row.get("group_id", UUID.class),
					row.get("audience", Long.class), row.get("readers", Long.class),
					row.get("acknowledged", Long.class), Boolean.TRUE.equals(row.get("ack_required", Boolean.class)),
					row.get("half", Long.class)))
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
				return Map.entry(row.get("group_id", UUID.class),
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

	private record Cell(UUID postId, UUID groupId, long audience, long readers, long acknowledged,
			boolean acknowledgementRequired, Long halfSeconds) {
	}
}
