package se.budkavle.cascade;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import se.budkavle.identity.Viewer;
import se.budkavle.reach.PostReaches;

/**
 * Where a cascade stopped: its tree under a unit with each unit's state, the states counted per subtree, the median
 * time from sending to relaying per level, the reach of the local posts (through the reach module, so nothing about
 * fewer than k people shows) and the meeting feedback, shown only for a subtree of at least k people.
 */
@Component
class Tracker {

	private final Participation participation;

	private final TrackerRows rows;

	private final PostReaches reaches;

	private final CascadeProperties properties;

	private final Clock clock;

	Tracker(Participation participation, TrackerRows rows, PostReaches reaches, CascadeProperties properties,
			Clock clock) {
		this.participation = participation;
		this.rows = rows;
		this.reaches = reaches;
		this.properties = properties;
		this.clock = clock;
	}

	Mono<View> track(UUID cascadeId, UUID unitId, Viewer viewer) {
		return this.participation.cascade(cascadeId, viewer)
			.flatMap((cascade) -> this.rows.start(cascadeId, unitId, viewer, cascade.sentBy(viewer))
				.switchIfEmpty(Mono.error(() -> (unitId != null) ? new UnitNotYours(unitId)
						: new CascadeNotFound(cascadeId)))
				.flatMap((start) -> view(cascade, start, viewer)));
	}

	private Mono<View> view(Participation.Sent cascade, UUID start, Viewer viewer) {
		Instant now = this.clock.instant();
		return this.rows.tree(cascade.id(), start).collectList().flatMap((units) -> this.rows
			.relays(cascade.id(), units.stream().map(TrackerRows.UnitRow::unitId).toArray(UUID[]::new))
			.collectList()
			.flatMap((relays) -> reach(viewer, relays).zipWith(this.rows.people(start))
				.map((extra) -> new View(cascade.id(), cascade.title(), levels(cascade, units),
						tree(units, relays, extra.getT1(), now).get(start),
						feedback(relays, units, extra.getT2())))));
	}

	private Mono<Map<UUID, TrackerNode.Reach>> reach(Viewer viewer, List<TrackerRows.RelayRow> relays) {
		return Flux.fromIterable(relays)
			.filter((relay) -> relay.postId() != null)
			.concatMap((relay) -> this.reaches.reach(viewer, relay.postId(), relay.unitId())
				.filter((reach) -> !reach.suppressed() && reach.total() != null)
				.map((reach) -> Map.entry(relay.unitId(), new TrackerNode.Reach(reach.total().audience(),
						reach.total().readers(), reach.total().acknowledged())))
				.onErrorResume(RuntimeException.class, (ex) -> Mono.empty()))
			.collect(HashMap::new, (map, entry) -> map.merge(entry.getKey(), entry.getValue(), TrackerNode.Reach::plus));
	}

	/** Every node of the tree by unit, children attached, rollups counted bottom-up. */
	private static Map<UUID, TrackerNode> tree(List<TrackerRows.UnitRow> units, List<TrackerRows.RelayRow> relays,
			Map<UUID, TrackerNode.Reach> reach, Instant now) {
		Map<UUID, List<TrackerNode.Relay>> relaysByUnit = new HashMap<>();
		relays.forEach((r) -> relaysByUnit.computeIfAbsent(r.unitId(), (id) -> new ArrayList<>())
			.add(new TrackerNode.Relay(r.id(), r.kind(), r.relayedAt(), r.onBehalf(), r.postId(), r.personName())));
		Map<UUID, List<TrackerRows.UnitRow>> children = new HashMap<>();
		units.forEach((u) -> children.computeIfAbsent(u.parentId(), (id) -> new ArrayList<>()).add(u));
		Map<UUID, TrackerNode> nodes = new HashMap<>();
		for (int i = units.size() - 1; i >= 0; i--) {
			TrackerRows.UnitRow u = units.get(i);
			List<TrackerNode> below = children.getOrDefault(u.unitId(), List.of())
				.stream()
				.map((child) -> nodes.get(child.unitId()))
				.toList();
			State state = State.of(u.deadline(), u.openedAt(), u.relayedAt(), u.discussedAt(), now);
			TrackerNode.Rollup rollup = below.stream()
				.map(TrackerNode::rollup)
				.reduce(TrackerNode.Rollup.of(state), TrackerNode.Rollup::plus);
			nodes.put(u.unitId(), new TrackerNode(u.unitId(), u.unitName(), u.level(),
					TrackerNode.Name.of(u.managerName()), TrackerNode.Name.of(u.carrierName()), state, u.deadline(),
					u.reachedAt(), u.openedAt(), u.relayedAt(), relaysByUnit.getOrDefault(u.unitId(), List.of()),
					rollup, reach.get(u.unitId()), below));
		}
		return nodes;
	}

	/** Units and the median hours from sending to relaying, per level of the tree shown. */
	private static List<Level> levels(Participation.Sent cascade, List<TrackerRows.UnitRow> units) {
		Map<Integer, List<Double>> hours = new TreeMap<>();
		Map<Integer, Integer> counts = new TreeMap<>();
		for (TrackerRows.UnitRow u : units) {
			counts.merge(u.level(), 1, Integer::sum);
			List<Double> relayed = hours.computeIfAbsent(u.level(), (level) -> new ArrayList<>());
			if (u.relayedAt() != null) {
				relayed.add(Duration.between(cascade.sentAt(), u.relayedAt()).toSeconds() / 3600.0);
			}
		}
		return counts.entrySet()
			.stream()
			.map((e) -> new Level(e.getKey(), e.getValue(), median(hours.get(e.getKey()))))
			.toList();
	}

	private static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return Math.round(median * 10) / 10.0;
	}

	/** The meetings' notes, for a subtree of at least k people and from meetings of at least k participants. */
	private Feedback feedback(List<TrackerRows.RelayRow> relays, List<TrackerRows.UnitRow> units, long people) {
		if (people < this.properties.minimumGroupSize()) {
			return null;
		}
		Map<UUID, String> names = new HashMap<>();
		units.forEach((u) -> names.put(u.unitId(), u.unitName()));
		List<Answer> answers = relays.stream()
			.filter((r) -> "MEETING".equals(r.kind()) && r.participants() != null
					&& r.participants() >= this.properties.minimumGroupSize())
			.map((r) -> new Answer(r.unitId(), names.get(r.unitId()), r.meetingQuestions(), r.meetingFeedback(),
					r.meetingDate(), r.participants()))
			.toList();
		return new Feedback(answers.size(), answers.stream().mapToLong(Answer::participants).sum(), answers);
	}

	/** The tracker's answer. */
	record View(UUID cascadeId, String title, List<Level> levels, TrackerNode root, Feedback feedback) {
	}

	/** One level of the tree: how many units, and the median hours from sending until they relayed (null if none). */
	record Level(int level, int units, Double medianHours) {
	}

	/** What came back from the meetings. */
	record Feedback(long meetings, long participants, List<Answer> answers) {
	}

	/** One meeting's notes. */
	record Answer(UUID unitId, String unitName, String questions, String feedback, LocalDate date, int participants) {
	}
}
