package se.budkavle.cascade;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tracker as CSV for Excel (semicolon-separated, UTF-8 with a byte order mark), one row per unit in tree order,
 * with the same formula guard as reach's exports: a cell starting with {@code = + - @}, a tab or a CR is prefixed with
 * an apostrophe so a unit or manager name can never run as a formula.
 */
final class TrackerCsv {

	private static final List<String> HEADINGS = List.of("Enhet", "Nivå", "Chef", "Buren av", "Status", "Deadline",
			"Öppnad", "Vidareskickad", "Sätt", "Målgrupp", "Läst", "Kvitterat");

	private TrackerCsv() {
	}

	static byte[] of(Tracker.View view) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		csv.append(line(HEADINGS));
		if (view.root() != null) {
			rows(view.root(), csv);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void rows(TrackerNode node, StringBuilder csv) {
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
		csv.append(line(cells));
		node.children().forEach((child) -> rows(child, csv));
	}

	private static String line(List<?> cells) {
		return cells.stream().map(TrackerCsv::cell).collect(Collectors.joining(";")) + "\r\n";
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
