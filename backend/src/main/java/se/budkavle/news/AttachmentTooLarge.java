package se.budkavle.news;

/**
 * The upload is larger than {@code budkavle.news.attachment-max-bytes}.
 */
class AttachmentTooLarge extends RuntimeException {

	AttachmentTooLarge(long maxBytes) {
		super("An image may be at most " + maxBytes + " bytes.");
	}
}
