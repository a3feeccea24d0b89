package se.budkavle.news;

/**
 * An upload without the multipart field {@code file}.
 */
class MissingFile extends RuntimeException {

	MissingFile() {
		super("Send the image as the multipart field \"file\".");
	}
}
