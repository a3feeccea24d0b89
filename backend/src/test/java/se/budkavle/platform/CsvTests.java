package se.budkavle.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void cellsThatExcelWouldReadAsFormulasAreWrittenAsTextEvenAfterALeadingTabOrCarriageReturn() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.cell("+46")).isEqualTo("'+46");
		assertThat(Csv.cell("-1")).isEqualTo("'-1");
		assertThat(Csv.cell("@sum")).isEqualTo("'@sum");
		assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
		assertThat(Csv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
		assertThat(Csv.cell("Hemtjänst Syd")).isEqualTo("Hemtjänst Syd");
	}

	@Test
	void numbersAreWrittenForSwedishExcelAndTextWithSeparatorsIsQuoted() {
		assertThat(Csv.line(Arrays.asList(12, 42.26, null, "a;b", "sa \"hej\"")))
			.isEqualTo("12;42,3;;\"a;b\";\"sa \"\"hej\"\"\"\r\n");
	}

	@Test
	void aFileStartsWithAByteOrderMarkSoExcelReadsUtf8() {
		byte[] file = Csv.file(List.of(Csv.line(List.of("Åsa"))));
		assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFÅsa\r\n");
	}
}
