package se.budkavle.reach;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as one table, the same for the CSV and the XLSX export: a title, column headings and rows of text,
 * whole numbers or decimals (null = an empty cell).
 *
 * @param title what the table shows
 * @param headings the column headings
 * @param rows the rows
 */
public record ReachTable(String title, List<String> headings, List<List<Object>> rows) {

	/** The Swedish table of a post's reach. */
	public static ReachTable of(PostReach reach) {
		return of(reach, Labels.SWEDISH);
	}

	static ReachTable of(PostReach reach, Labels labels) {
		List<String> headings = new ArrayList<>(List.of(labels.unit(), labels.audience(), labels.readers(),
				labels.reach()));
		if (reach.acknowledgementRequired()) {
			headings.addAll(List.of(labels.acknowledged(), labels.acknowledgementRate()));
		}
		List<List<Object>> rows = new ArrayList<>();
		if (!reach.suppressed()) {
			for (PostReach.Row row : reach.groups()) {
				rows.add(cells(name(row.name(), row.direct(), row.withheldUnits(), labels), row.figures(),
						reach.acknowledgementRequired()));
			}
			if (reach.other() != null) {
				rows.add(cells(labels.other(), reach.other(), reach.acknowledgementRequired()));
			}
			rows.add(cells(name(labels.total(), false, reach.withheldUnits(), labels), reach.total(),
					reach.acknowledgementRequired()));
		}
		return new ReachTable(reach.title() + " – " + reach.unit().name(), headings, rows);
	}

	/** The Swedish table of a unit report. */
	public static ReachTable of(UnitReport report) {
		List<String> headings = List.of("Enhet", "Personer", "Nyheter", "Räckvidd, medel (%)", "Kvitterat, medel (%)",
				"Tid till 50 % (median, timmar)", "Kommentarer", "Frågor", "Besvarade frågor",
				"Svarstid (median, timmar)");
		List<List<Object>> rows = new ArrayList<>();
		if (!report.suppressed()) {
			for (UnitReport.Row row : report.groups()) {
				rows.add(line(name(row.name(), row.direct(), row.withheldUnits(), Labels.SWEDISH), row.figures()));
			}
			if (report.other() != null) {
				rows.add(line(Labels.SWEDISH.other(), report.other()));
			}
			rows.add(line(name(Labels.SWEDISH.total(), false, report.withheldUnits(), Labels.SWEDISH), report.total()));
		}
		return new ReachTable(report.unit().name() + " " + report.from() + " – " + report.to(), headings, rows);
	}

	/** A row's name, saying when it holds only the unit's own people or leaves small groups out. */
	private static String name(String name, boolean direct, List<?> withheld, Labels labels) {
		if (direct) {
			return name + " " + labels.directSuffix();
		}
		return withheld.isEmpty() ? name : name + " " + labels.withheldSuffix();
	}

	private static List<Object> line(String name, UnitReport.Line line) {
		List<Object> cells = new ArrayList<>();
		cells.add(name);
		cells.add(line.people());
		cells.add(line.posts());
		cells.add(line.meanReach());
		cells.add(line.meanAcknowledgementRate());
		cells.add(hours(line.medianTimeTo50()));
		cells.add(line.comments());
		cells.add(line.questionsAsked());
		cells.add(line.questionsAnswered());
		cells.add(hours(line.medianAnswerTime()));
		return cells;
	}

	private static Double hours(String duration) {
		return (duration != null) ? Math.round(java.time.Duration.parse(duration).toMinutes() / 6.0) / 10.0 : null;
	}

	private static List<Object> cells(String name, Figures figures, boolean acknowledgement) {
		List<Object> cells = new ArrayList<>(List.of(name, figures.audience(), figures.readers(), figures.reach()));
		if (acknowledgement) {
			cells.add(figures.acknowledged());
			cells.add(figures.acknowledgementRate());
		}
		return cells;
	}

	/** The words of the export, in Swedish: the exports are for the city's own HR and communicators. */
	record Labels(String unit, String audience, String readers, String reach, String acknowledged,
			String acknowledgementRate, String other, String total, String directSuffix, String withheldSuffix) {

		static final Labels SWEDISH = new Labels("Enhet", "Målgrupp", "Läsare", "Räckvidd (%)", "Kvitterat",
				"Kvitterat (%)", "Övriga (små grupper)", "Totalt", "(direkt)", "(utom små grupper)");
	}
}
