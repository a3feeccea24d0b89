package se.budkavle.records.archive;

/**
 * One file written into a submission package, as its METS and PREMIS describe it.
 *
 * @param path its path inside the package's root folder
 * @param mimeType its media type
 * @param size its length in bytes
 * @param sha256 its SHA-256 digest, in lower-case hex
 */
record ArchivedFile(String path, String mimeType, long size, String sha256) {

	/** The path relative to a folder inside the package, e.g. {@code data/post-….pdf} for {@code representations/rep1/}. */
	String relativeTo(String folder) {
		return this.path.substring(folder.length());
	}
}
