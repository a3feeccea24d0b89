package se.budkavle.records.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain reading PDF of headings and wrapped text on A4 pages, for disclosure packages and register extracts.
 * Characters the standard fonts cannot show are written as {@code ?}.
 */
final class TextPdf {

	private static final float MARGIN = 56;

	private static final float SIZE = 10;

	private static final float LEADING = 14;

	private final PDDocument document = new PDDocument();

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream stream;

	private float y;

	TextPdf(String title) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(title);
		information.setProducer("Budkavle");
		this.document.setDocumentInformation(information);
		newPage();
		heading(title);
	}

	TextPdf heading(String text) {
		gap();
		return write(this.bold, SIZE + 3, text, 0);
	}

	TextPdf subheading(String text) {
		return write(this.bold, SIZE, text, 0);
	}

	TextPdf text(String text) {
		return text(text, 0);
	}

	/** Text indented by the given number of steps, its line breaks kept. */
	TextPdf text(String text, int indent) {
		for (String line : ((text != null) ? text : "").split("\r?\n", -1)) {
			write(this.regular, SIZE, line, indent * 14f);
		}
		return this;
	}

	TextPdf gap() {
		this.y -= LEADING / 2;
		return this;
	}

	byte[] bytes() {
		try (this.document) {
			this.stream.close();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			this.document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private TextPdf write(PDType1Font font, float size, String text, float indent) {
		float width = PDRectangle.A4.getWidth() - 2 * MARGIN - indent;
		for (String line : wrap(font, size, safe(font, text), width)) {
			if (this.y < MARGIN) {
				newPage();
			}
			try {
				this.stream.beginText();
				this.stream.setFont(font, size);
				this.stream.newLineAtOffset(MARGIN + indent, this.y);
				this.stream.showText(line);
				this.stream.endText();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.y -= (size > SIZE) ? LEADING + 4 : LEADING;
		}
		return this;
	}

	private static List<String> wrap(PDType1Font font, float size, String text, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ", -1)) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && width(font, size, candidate) > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	private static float width(PDType1Font font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String safe(PDType1Font font, String text) {
		StringBuilder safe = new StringBuilder();
		text.replace('\t', ' ').codePoints().forEach((point) -> {
			String character = Character.toString(point);
			try {
				font.encode(character);
				safe.append(character);
			}
			catch (IllegalArgumentException | IOException ex) {
				safe.append('?');
			}
		});
		return safe.toString();
	}

	private void newPage() {
		try {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
