package se.budkavle.cascade;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackerCsvTests {

	@Test
	void cellsThatExcelWouldReadAsFormulasAreDefused() {
		assertThat(TrackerCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(TrackerCsv.cell("+46")).isEqualTo("'+46");
		assertThat(TrackerCsv.cell("@sum")).isEqualTo("'@sum");
		assertThat(TrackerCsv.cell("\tx")).isEqualTo("'\tx");
		assertThat(TrackerCsv.cell("Hemtjänst Syd")).isEqualTo("Hemtjänst Syd");
		assertThat(TrackerCsv.cell(12)).isEqualTo("12");
	}
}
