package se.budkavle.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Response-time figures of a unit and its child units, with every group of fewer questions than the minimum rolled
 * into one "Övriga" row big enough that no small group's figures can be found by subtracting shown rows from the
 * total (complementary suppression).
 */
final class ResponseTimes {

	static final String OTHERS = "Övriga";

	private ResponseTimes() {
	}

	/** One question as the statistics see it. */
	record Sample(UUID groupId, Instant askedAt, Instant firstAnsweredAt, boolean closed, Instant answerDueAt) {
	}

	/** A group: the unit itself (direct questions) or one child unit with its subtree. */
	record Group(UUID unitId, String name, boolean direct) {
	}

	/** The figures of one row. */
	record Figures(int asked, int answered, int open, int overdue, String medianTimeToFirstAnswer) {
	}

	/** A row of the table; {@code units} lists what an "Övriga" row holds. */
	record Row(UUID unitId, String name, boolean direct, boolean other, List<String> units, Figures figures) {
	}

	/** The whole answer; figures are null and rows empty when even the total is under the minimum. */
	record Table(Figures total, boolean suppressed, List<Row> rows) {
	}

	static Table table(List<Group> groups, List<Sample> samples, int minimum, Instant now) {
		Map<UUID, List<Sample>> byGroup = new LinkedHashMap<>();
		groups.forEach((group) -> byGroup.put(group.unitId(), new ArrayList<>()));
		samples.forEach((sample) -> byGroup.computeIfAbsent(sample.groupId(), (id) -> new ArrayList<>()).add(sample));
		if (samples.size() < minimum) {
			return new Table(null, true, List.of());
		}
		List<Group> rolled = new ArrayList<>(groups.stream().filter((g) -> byGroup.get(g.unitId()).size() < minimum).toList());
		List<Group> shown = new ArrayList<>(groups.stream().filter((g) -> !rolled.contains(g)).toList());
		shown.sort(Comparator.comparingInt((Group g) -> byGroup.get(g.unitId()).size()));
		while (!rolled.isEmpty() && size(rolled, byGroup) < minimum && !shown.isEmpty()) {
			rolled.add(shown.remove(0));
		}
		List<Row> rows = new ArrayList<>();
		for (Group group : groups) {
			if (shown.contains(group)) {
				rows.add(new Row(group.unitId(), group.name(), group.direct(), false, List.of(),
						figures(byGroup.get(group.unitId()), now)));
			}
		}
		if (!rolled.isEmpty()) {
			List<Sample> others = rolled.stream().flatMap((g) -> byGroup.get(g.unitId()).stream()).toList();
			rows.add(new Row(null, OTHERS, false, true, rolled.stream().map(Group::name).toList(), figures(others, now)));
		}
		return new Table(figures(samples, now), false, rows);
	}

	static Figures figures(List<Sample> samples, Instant now) {
		int answered = 0;
		int open = 0;
		int overdue = 0;
		List<Duration> times = new ArrayList<>();
		for (Sample sample : samples) {
			if (sample.firstAnsweredAt() != null) {
				answered++;
				times.add(Duration.between(sample.askedAt(), sample.firstAnsweredAt()));
			}
			else if (!sample.closed()) {
				open++;
				if (now.isAfter(sample.answerDueAt())) {
					overdue++;
				}
			}
		}
		return new Figures(samples.size(), answered, open, overdue, median(times));
	}

	private static String median(List<Duration> times) {
		if (times.isEmpty()) {
			return null;
		}
		List<Duration> sorted = times.stream().sorted().toList();
		int middle = sorted.size() / 2;
		Duration median = (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
		return median.withNanos(0).toString();
	}

	private static int size(List<Group> groups, Map<UUID, List<Sample>> byGroup) {
		return groups.stream().mapToInt((g) -> byGroup.get(g.unitId()).size()).sum();
	}
}
