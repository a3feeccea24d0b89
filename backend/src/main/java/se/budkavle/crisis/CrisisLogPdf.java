package se.budkavle.crisis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The crisis log as a PDF for the after-action review: one line per event in time order (Swedish time), long
 * details wrapped, as many A4 pages as it takes.
 */
final class CrisisLogPdf {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Europe/Stockholm"));

	private static final float MARGIN = 50;

	private static final float LEADING = 13;

	private static final int WRAP = 95;

	private CrisisLogPdf() {
	}

	static byte[] of(String title, List<CrisisLog.Entry> entries) {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		List<String> lines = new ArrayList<>();
		lines.add("Krislogg: " + title);
		lines.add("");
		for (CrisisLog.Entry entry : entries) {
			String text = TIME.format(entry.at()) + "  " + entry.kind() + "  " + entry.who() + "  " + entry.detail();
			lines.addAll(wrap(printable(font, text)));
		}
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			write(document, font, lines);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void write(PDDocument document, PDType1Font font, List<String> lines) throws IOException {
		int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
		for (int start = 0; start < lines.size(); start += perPage) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(font, 9);
				content.setLeading(LEADING);
				content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
				for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
		}
	}

	private static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		String rest = text.replaceAll("[\\r\\n\\t]+", " ");
		while (rest.length() > WRAP) {
			int cut = rest.lastIndexOf(' ', WRAP);
			cut = (cut > 20) ? cut : WRAP;
			lines.add(rest.substring(0, cut));
			rest = "    " + rest.substring(cut).strip();
		}
		lines.add(rest);
		return lines;
	}

	/** Characters the standard font cannot draw become "?", so any name or note prints. */
	private static String printable(PDType1Font font, String text) {
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach((codePoint) -> {
			String character = new String(Character.toChars(codePoint));
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append(Character.isWhitespace(codePoint) ? " " : "?");
			}
		});
		return out.toString();
	}
}
