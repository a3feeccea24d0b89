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
				rows.add(cells(row.direct() ? row.name() + " " + labels.directSuffix() : row.name(), row.figures(),
						reach.acknowledgementRequired()));
			}
			if (reach.other() != null) {
				rows.add(cells(labels.other(), reach.other(), reach.acknowledgementRequired()));
			}
			rows.add(cells(labels.total(), reach.total(), reach.acknowledgementRequired()));
		}
		return new ReachTable(reach.title() + " – " + reach.unit().name(), headings, rows);
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
			String acknowledgementRate, String other, String total, String directSuffix) {

		static final Labels SWEDISH = new Labels("Enhet", "Målgrupp", "Läsare", "Räckvidd (%)", "Kvitterat",
				"Kvitterat (%)", "Övriga (små grupper)", "Totalt", "(direkt)");
	}
}
