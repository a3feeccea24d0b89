package se.budkavle.reach.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import se.budkavle.reach.ReachTable;

/**
 * Writes a report table as CSV for Swedish Excel (UTF-8 with a byte order mark, semicolons, decimal commas, CRLF)
 * or as an XLSX workbook, each starting with the table's title, a blank line and the headings.
 */
final class Exports {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Exports() {
	}

	static byte[] csv(ReachTable table) {
		// The title, a blank line and the headings, as in the workbook, so the file says what it holds.
		StringBuilder csv = new StringBuilder();
		csv.append(line(List.of(table.title()))).append("\r\n");
		csv.append(line(List.copyOf(table.headings())));
		for (List<Object> row : table.rows()) {
			csv.append(line(row));
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] withBom = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, withBom, 0, BOM.length);
		System.arraycopy(text, 0, withBom, BOM.length, text.length);
		return withBom;
	}

	private static String line(List<?> cells) {
		return cells.stream().map(Exports::csvCell).collect(Collectors.joining(";")) + "\r\n";
	}

	private static String csvCell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double decimal) {
			return decimal(decimal);
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		String text = value.toString();
		// A leading = + - @ would make Excel read the cell as a formula, and so would one after a leading tab or CR.
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	private static String decimal(double value) {
		DecimalFormat format = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("sv-SE")));
		return format.format(value);
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
