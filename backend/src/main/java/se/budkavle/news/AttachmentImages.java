package se.budkavle.news;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reads an uploaded image with {@code javax.imageio} (PNG, JPEG, GIF, or WebP where a reader for it is installed),
 * and draws it afresh, no larger than the longest side allowed, into a PNG (from PNG and GIF, and whatever has
 * transparency) or a JPEG (photos): only pixels survive, never the file's metadata (camera, place, time, comments) or
 * anything hidden after the image data.
 */
final class AttachmentImages {

	private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "webp");

	/** More pixels than this are refused before they are decoded (a small file can claim a huge image). */
	private static final long MAX_PIXELS = 50_000_000L;

	private static final float JPEG_QUALITY = 0.85f;

	private AttachmentImages() {
	}

	/**
	 * Re-encodes an image.
	 * @param bytes the upload
	 * @param maxSide the longest side to keep
	 * @return the new image
	 * @throws UnsupportedImage when the bytes are no image of an accepted type, or too many pixels
	 */
	static Encoded reencode(byte[] bytes, int maxSide) {
		Decoded decoded = read(bytes);
		BufferedImage image = scaled(decoded.image(), maxSide);
		boolean lossless = image.getColorModel().hasAlpha() || Set.of("png", "gif").contains(decoded.format());
		try {
			return lossless ? new Encoded("image/png", png(image), image.getWidth(), image.getHeight())
					: new Encoded("image/jpeg", jpeg(image), image.getWidth(), image.getHeight());
		}
		catch (IOException ex) {
			throw new UnsupportedImage("The image could not be encoded again.");
		}
	}

	private static Decoded read(byte[] bytes) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = (input != null) ? ImageIO.getImageReaders(input) : null;
			if (readers == null || !readers.hasNext()) {
				throw new UnsupportedImage("The file is not a PNG, JPEG, GIF or WebP image.");
			}
			ImageReader reader = readers.next();
			try {
				String format = reader.getFormatName().toLowerCase(Locale.ROOT);
				if (!FORMATS.contains(format)) {
					throw new UnsupportedImage("Only PNG, JPEG, GIF and WebP images are accepted.");
				}
				reader.setInput(input, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					throw new UnsupportedImage("The image has more than " + MAX_PIXELS + " pixels.");
				}
				return new Decoded(reader.read(0), format);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnsupportedImage unsupported) {
				throw unsupported;
			}
			throw new UnsupportedImage("The image could not be read.");
		}
	}

	private static BufferedImage scaled(BufferedImage source, int maxSide) {
		double factor = Math.min(1.0, (double) maxSide / Math.max(source.getWidth(), source.getHeight()));
		int width = Math.max(1, (int) Math.round(source.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(source.getHeight() * factor));
		boolean alpha = source.getColorModel().hasAlpha();
		BufferedImage target = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = target.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(JPEG_QUALITY);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private record Decoded(BufferedImage image, String format) {
	}

	/** An image as it is stored. */
	record Encoded(String contentType, byte[] bytes, int width, int height) {
	}
}
