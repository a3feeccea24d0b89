package se.budkavle.reach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;

/**
 * Finds the themes people in a unit's subtree write about, in comments and in questions to their managers, and shows
 * only themes that at least k different authors share: one person writing a rare word many times makes no theme.
 */
@Service
public class Listenings {

	private static final int TOP = 20;

	/**
	 * The texts of a subtree in a period with a tag for their author: comments by people who belong there first (as
	 * they are still readable, not hidden or deleted), and questions first asked to its units. An anonymous question
	 * has no asker to tag, so it is tagged by its own id: unlinkable to the person and to their other questions, it
	 * counts as one author of its own (see docs/disclosure.md for what that allows).
	 */
	private static final String TEXTS = """
			select 'comment' as source, c.body as text, 'person:' || c.author_id as author
			from comment_record c
			join person_membership_record m on m.person_id = c.author_id and m.is_primary
			join org_unit_subtree s on s.descendant_id = m.unit_id and s.ancestor_id = :unitId
			where c.state = 'VISIBLE' and c.created_at >= :from and c.created_at < :to
			union all
			select 'question', q.subject || '. ' || q.body,
			    case when q.anonymous then 'question:' || q.id else 'person:' || q.asker_id end
			from question_record q
			join org_unit_subtree s on s.descendant_id = q.asked_unit_id and s.ancestor_id = :unitId
			where q.asked_at >= :from and q.asked_at < :to""";

	private final DatabaseClient database;

	private final ReachScope scope;

	private final ReachTrees trees;

	private final Clock clock;

	private final int minimum;

	private final ThemeAnalyser analyser = new ThemeAnalyser();

	Listenings(DatabaseClient database, ReachScope scope, ReachTrees trees, Clock clock, ReachProperties properties) {
		this.database = database;
		this.scope = scope;
		this.trees = trees;
		this.clock = clock;
		this.minimum = properties.minimumGroupSize();
	}

	/**
	 * The themes of a unit's subtree in a period.
	 * @param viewer who asks
	 * @param unitId the unit
	 * @param from the start (default: 30 days before {@code to})
	 * @param to the end (default: now)
	 * @return the themes, or {@link ReachForbidden} / {@link ReachNotFound} / {@link InvalidPeriod}
	 */
	public Mono<Listening> themes(Viewer viewer, UUID unitId, Instant from, Instant to) {
		Instant end = (to != null) ? to : this.clock.instant();
		Instant start = (from != null) ? from : end.minus(Duration.ofDays(30));
		if (!start.isBefore(end) || Duration.between(start, end).compareTo(UnitReports.LONGEST_PERIOD) > 0) {
			return Mono.error(new InvalidPeriod("The period must start before it ends and cover at most 366 days."));
		}
		return this.scope.unit(viewer, unitId)
			.flatMap((unit) -> Mono.zip(this.trees.people(), this.trees.current())
				.flatMap((loaded) -> themes(unit, start, end, loaded.getT1(), loaded.getT2())));
	}

	private Mono<Listening> themes(UUID unitId, Instant from, Instant to, Map<UUID, Long> people, UnitTree tree) {
		PostReach.UnitLabel label = new PostReach.UnitLabel(unitId, tree.node(unitId).name());
		// Themes count texts of the whole subtree, so only a unit shown whole may show them.
		if (!DisclosurePlan.of(tree, people, this.minimum).whole(unitId)) {
			return Mono.just(new Listening(label, from, to, this.minimum, true, 0, 0, List.of()));
		}
		return this.database.sql(TEXTS)
			.bind("unitId", unitId)
			.bind("from", from)
			.bind("to", to)
			.map((row) -> new Text(row.get("source", String.class), row.get("text", String.class),
					row.get("author", String.class)))
			.all()
			.collectList()
			.map((texts) -> listening(label, from, to, texts));
	}

	private Listening listening(PostReach.UnitLabel unit, Instant from, Instant to, List<Text> texts) {
		Map<String, Long> counts = new HashMap<>();
		Map<String, Set<String>> authors = new HashMap<>();
		Map<String, Map<String, Long>> forms = new HashMap<>();
		for (Text text : texts) {
			this.analyser.themes(text.text()).forEach((stem, form) -> {
				counts.merge(stem, 1L, Long::sum);
				authors.computeIfAbsent(stem, (key) -> new HashSet<>()).add(text.author());
				forms.computeIfAbsent(stem, (key) -> new HashMap<>()).merge(form, 1L, Long::sum);
			});
		}
		List<Listening.Theme> themes = counts.entrySet()
			.stream()
			.filter((entry) -> authors.get(entry.getKey()).size() >= this.minimum)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.map((entry) -> new Listening.Theme(commonest(forms.get(entry.getKey())), entry.getValue()))
			.toList();
		long comments = texts.stream().filter((text) -> text.source().equals("comment")).count();
		return new Listening(unit, from, to, this.minimum, false, comments, texts.size() - comments, themes);
	}

	private static String commonest(Map<String, Long> forms) {
		return forms.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.map(Map.Entry::getKey)
			.orElseThrow();
	}

	private record Text(String source, String text, String author) {
	}
}
