package se.budkavle.reach.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.budkavle.reach.ReachTable;

import static org.assertj.core.api.Assertions.assertThat;

class ExportsTests {

	@Test
	void aCellThatExcelWouldReadAsAFormulaIsWrittenAsTextEvenAfterALeadingTabOrCarriageReturn() {
		ReachTable table = new ReachTable("Räckvidd", List.of("Enhet", "Personer"),
				List.of(List.of("=HYPERLINK(\"x\")", 5), List.of("\t=1+1", 6), List.of("\r=1+1", 7),
						List.of("@SUM(A1)", 8), List.of("Hemtjänst Syd", 9)));

		String csv = new String(Exports.csv(table), StandardCharsets.UTF_8);

		assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";5\r\n")
			.contains("'\t=1+1;6\r\n")
			.contains("\"'\r=1+1\";7\r\n")
			.contains("'@SUM(A1);8\r\n")
			.contains("Hemtjänst Syd;9\r\n");
	}
}
