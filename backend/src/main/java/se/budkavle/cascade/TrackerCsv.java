package se.budkavle.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import se.budkavle.platform.Csv;

/**
 * The tracker as CSV for Excel ({@link Csv}, with its formula guard), one row per unit in tree order.
 */
final class TrackerCsv {

	private static final List<String> HEADINGS = List.of("Enhet", "Nivå", "Chef", "Buren av", "Status", "Deadline",
			"Öppnad", "Vidareskickad", "Sätt", "Målgrupp", "Läst", "Kvitterat");

	private TrackerCsv() {
	}

	static byte[] of(Tracker.View view) {
		List<String> lines = new ArrayList<>();
		lines.add(Csv.line(HEADINGS));
		if (view.root() != null) {
			rows(view.root(), lines);
		}
		return Csv.file(lines);
	}

	private static void rows(TrackerNode node, List<String> lines) {
		List<Object> cells = new ArrayList<>();
		cells.add(node.name());
		cells.add(node.level());
		cells.add((node.manager() != null) ? node.manager().name() : null);
		cells.add((node.carriedBy() != null) ? node.carriedBy().name() : null);
		cells.add(node.state());
		cells.add(node.deadline());
		cells.add(node.openedAt());
		cells.add(node.relayedAt());
		cells.add(node.relays().stream().map(TrackerNode.Relay::kind).distinct().collect(Collectors.joining(" ")));
		cells.add((node.reach() != null) ? node.reach().audience() : null);
		cells.add((node.reach() != null) ? node.reach().read() : null);
		cells.add((node.reach() != null) ? node.reach().acknowledged() : null);
		lines.add(Csv.line(cells));
		node.children().forEach((child) -> rows(child, lines));
	}
}
