package se.budkavle.news;

/**
 * An attachment link without a valid signature: unsigned, expired or tampered with. Images are served only at the
 * signed links the hub puts into a post for a reader who may read it.
 */
class AttachmentLinkRefused extends RuntimeException {

	AttachmentLinkRefused(String detail) {
		super(detail);
	}
}
