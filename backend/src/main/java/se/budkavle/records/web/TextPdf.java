package se.budkavle.records.web;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import se.budkavle.records.archive.Xml;

/**
 * A plain reading PDF of headings and wrapped text on A4 pages, for disclosure packages and register extracts, or as
 * PDF/A-2b for the e-archive (the font embedded, XMP metadata with the PDF/A identification, an sRGB output intent).
 * Characters the font cannot show are written as {@code ?}.
 */
final class TextPdf {

	/** The TrueType font PDFBox ships in its jar (SIL Open Font License), embedded in archival PDFs. */
	private static final String ARCHIVAL_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final String SRGB = "sRGB IEC61966-2.1";

	private static final float MARGIN = 56;

	private static final float SIZE = 10;

	private static final float LEADING = 14;

	private final PDDocument document = new PDDocument();

	private final PDFont regular;

	private final PDFont bold;

	private PDPageContentStream stream;

	private float y;

	TextPdf(String title) {
		this(title, false);
	}

	private TextPdf(String title, boolean archival) {
		PDDocumentInformation information = new PDDocumentInformation();
		information.setTitle(title);
		information.setProducer("Budkavle");
		this.document.setDocumentInformation(information);
		if (archival) {
			this.regular = embeddedFont();
			this.bold = this.regular;
			markArchival(title);
		}
		else {
			this.regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			this.bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		}
		newPage();
		heading(title);
	}

	/** A PDF/A-2b document: the font embedded, the PDF/A identification in its XMP metadata, an sRGB output intent. */
	static TextPdf archival(String title) {
		return new TextPdf(title, true);
	}

	private PDFont embeddedFont() {
		try (InputStream font = TextPdf.class.getResourceAsStream(ARCHIVAL_FONT)) {
			return PDType0Font.load(this.document, font, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void markArchival(String title) {
		try {
			PDMetadata metadata = new PDMetadata(this.document);
			metadata.importXMPMetadata(xmp(title).getBytes(StandardCharsets.UTF_8));
			this.document.getDocumentCatalog().setMetadata(metadata);
			PDOutputIntent intent = new PDOutputIntent(this.document,
					new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
			intent.setInfo(SRGB);
			intent.setOutputCondition(SRGB);
			intent.setOutputConditionIdentifier(SRGB);
			intent.setRegistryName("http://www.color.org");
			this.document.getDocumentCatalog().addOutputIntent(intent);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String xmp(String title) {
		return """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/">
				 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
				   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
				  </rdf:Description>
				  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
				   <pdf:Producer>Budkavle</pdf:Producer>
				  </rdf:Description>
				  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
				   <pdfaid:part>2</pdfaid:part>
				   <pdfaid:conformance>B</pdfaid:conformance>
				  </rdf:Description>
				 </rdf:RDF>
				</x:xmpmeta>
				<?xpacket end="w"?>""".formatted(Xml.text(title));
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

	private TextPdf write(PDFont font, float size, String text, float indent) {
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

	private static List<String> wrap(PDFont font, float size, String text, float width) {
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

	private static float width(PDFont font, float size, String text) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String safe(PDFont font, String text) {
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
