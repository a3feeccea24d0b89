package se.budkavle.news;

/**
 * The upload is not an image of an accepted type (PNG, JPEG, GIF, WebP), or cannot be read as one.
 */
class UnsupportedImage extends RuntimeException {

	UnsupportedImage(String detail) {
		super(detail);
	}
}
