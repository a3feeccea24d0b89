package se.budkavle.reach.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.budkavle.platform.Csv;
import se.budkavle.reach.ReachTable;

/**
 * Writes a report table as CSV for Swedish Excel ({@link Csv}) or as an XLSX workbook, each starting with the
 * table's title, a blank line and the headings.
 */
final class Exports {

	private Exports() {
	}

	static byte[] csv(ReachTable table) {
		// The title, a blank line and the headings, as in the workbook, so the file says what it holds.
		List<String> lines = new ArrayList<>();
		lines.add(Csv.line(List.of(table.title())));
		lines.add("\r\n");
		lines.add(Csv.line(List.copyOf(table.headings())));
		table.rows().forEach((row) -> lines.add(Csv.line(row)));
		return Csv.file(lines);
	}

	static byte[] xlsx(ReachTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Budkavle", "1.0");
			Worksheet sheet = workbook.newWorksheet("Räckvidd");
			sheet.value(0, 0, table.title());
			sheet.style(0, 0).bold().set();
			for (int column = 0; column < table.headings().size(); column++) {
				sheet.value(2, column, table.headings().get(column));
				sheet.style(2, column).bold().set();
			}
			for (int row = 0; row < table.rows().size(); row++) {
				List<Object> cells = table.rows().get(row);
				for (int column = 0; column < cells.size(); column++) {
					write(sheet, row + 3, column, cells.get(column));
				}
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void write(Worksheet sheet, int row, int column, Object value) {
		if (value instanceof Number number) {
			sheet.value(row, column, number);
			if (value instanceof Double) {
				sheet.style(row, column).format("0.0").set();
			}
		}
		else if (value != null) {
			sheet.value(row, column, value.toString());
		}
	}
}
