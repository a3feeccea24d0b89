package se.budkavle.records.archive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a submission package (SIP) for the e-archive following E-ARK SIP 2.x, which FGS Paketstruktur 1.2 builds
 * on: a ZIP whose root folder holds the package {@code METS.xml}, {@code metadata/descriptive/ead.xml} (EAD3),
 * {@code metadata/preservation/premis.xml} (PREMIS 3) and {@code representations/rep1/} with its own
 * {@code METS.xml} and each record as PDF/A-2b and JSON in {@code data/}. Files are streamed into the ZIP one at a
 * time, their size and SHA-256 taken as they are written; the METS and PREMIS files come last, listing them.
 */
public final class SipWriter {

	static final String REPRESENTATION = "representations/rep1/";

	static final String DESCRIPTIVE = "metadata/descriptive/ead.xml";

	static final String PRESERVATION = "metadata/preservation/premis.xml";

	private SipWriter() {
	}

	/**
	 * Writes the package.
	 * @param submission what the package is and who delivers it
	 * @param entries the records, in the order they are listed
	 * @param out where the ZIP goes; left open
	 * @throws IOException when the output fails
	 */
	public static void write(Submission submission, List<SipEntry> entries, OutputStream out) throws IOException {
		String root = submission.objectId() + "/";
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<ArchivedFile> data = new ArrayList<>();
		for (SipEntry entry : entries) {
			String base = REPRESENTATION + "data/" + entry.baseName();
			data.add(put(zip, root, base + ".json", "application/json", entry.json().getBytes(StandardCharsets.UTF_8)));
			data.add(put(zip, root, base + ".pdf", "application/pdf", entry.pdf().get()));
		}
		ArchivedFile representation = put(zip, root, REPRESENTATION + "METS.xml", "text/xml",
				Mets.representation(submission, data));
		ArchivedFile descriptive = put(zip, root, DESCRIPTIVE, "text/xml", Ead.of(submission, entries));
		ArchivedFile preservation = put(zip, root, PRESERVATION, "text/xml", Premis.of(submission, entries, data));
		put(zip, root, "METS.xml", "text/xml", Mets.root(submission, representation, descriptive, preservation));
		zip.finish();
	}

	private static ArchivedFile put(ZipOutputStream zip, String root, String path, String mimeType, String xml)
			throws IOException {
		return put(zip, root, path, mimeType, xml.getBytes(StandardCharsets.UTF_8));
	}

	private static ArchivedFile put(ZipOutputStream zip, String root, String path, String mimeType, byte[] content)
			throws IOException {
		zip.putNextEntry(new ZipEntry(root + path));
		zip.write(content);
		zip.closeEntry();
		return new ArchivedFile(path, mimeType, content.length, sha256(content));
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}
}
