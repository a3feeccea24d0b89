package se.budkavle.news;

/**
 * A correctly signed link names no stored attachment.
 */
class AttachmentNotFound extends RuntimeException {

	AttachmentNotFound() {
		super("No image at this address.");
	}
}
