package se.budkavle.cascade;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The meeting sheet for staff without a computer: an A4 page with the core message, the local context, the talking
 * points and a QR code linking to the local post, drawn with PDFBox and ZXing.
 */
final class SheetPdf {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float QR_SIZE = 110;

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream text;

	private float y;

	/** What goes on the sheet; {@code link} is null when the unit has no local post. */
	record Content(String title, String unitName, String message, String localContext, List<String> talkingPoints,
			String link) {
	}

	static byte[] of(Content content) {
		return new SheetPdf().draw(content);
	}

	private byte[] draw(Content content) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				this.text = stream;
				this.y = PDRectangle.A4.getHeight() - MARGIN;
				if (content.link() != null) {
					qr(document, stream, content.link());
				}
				write(this.bold, 18, content.title(), WIDTH - QR_SIZE - 12);
				write(this.regular, 11, content.unitName(), WIDTH - QR_SIZE - 12);
				this.y -= 12;
				write(this.regular, 11, content.message(), WIDTH);
				if (content.localContext() != null) {
					heading("Hos oss");
					write(this.regular, 11, content.localContext(), WIDTH);
				}
				if (!content.talkingPoints().isEmpty()) {
					heading("Att ta upp");
					content.talkingPoints().forEach((point) -> write(this.regular, 11, "• " + point, WIDTH));
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void heading(String heading) {
		this.y -= 10;
		write(this.bold, 13, heading, WIDTH);
	}

	private void write(PDType1Font font, float size, String value, float width) {
		for (String paragraph : printable(font, value).split("\n")) {
			for (String line : wrap(font, size, paragraph, width)) {
				if (this.y < MARGIN) {
					return;
				}
				try {
					this.text.beginText();
					this.text.setFont(font, size);
					this.text.newLineAtOffset(MARGIN, this.y - size);
					this.text.showText(line);
					this.text.endText();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.y -= size * 1.4f;
			}
		}
	}

	private static List<String> wrap(PDType1Font font, float size, String paragraph, float width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" ")) {
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

	/** The text with Markdown marks dropped and what the standard font cannot show replaced. */
	private static String printable(PDType1Font font, String value) {
		String plain = (value != null) ? value.replace("**", "").replace("__", "").replace("\r", "").replace("\t", " ")
				: "";
		StringBuilder out = new StringBuilder();
		plain.codePoints().forEach((c) -> out.append((c == '\n' || encodable(font, c)) ? Character.toString(c) : "?"));
		return out.toString();
	}

	private static boolean encodable(PDType1Font font, int codePoint) {
		try {
			font.encode(Character.toString(codePoint));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	private void qr(PDDocument document, PDPageContentStream stream, String link) throws IOException {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 300, 300,
					Map.of(EncodeHintType.MARGIN, 2));
		}
		catch (WriterException ex) {
			throw new IllegalStateException("The link does not fit a QR code", ex);
		}
		BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < matrix.getWidth(); x++) {
			for (int y = 0; y < matrix.getHeight(); y++) {
				image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
			}
		}
		PDImageXObject qr = LosslessFactory.createFromImage(document, image);
		stream.drawImage(qr, PDRectangle.A4.getWidth() - MARGIN - QR_SIZE,
				PDRectangle.A4.getHeight() - MARGIN - QR_SIZE, QR_SIZE, QR_SIZE);
	}
}
