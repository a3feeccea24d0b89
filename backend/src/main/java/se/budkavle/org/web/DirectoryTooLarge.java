package se.budkavle.org.web;

import org.springframework.util.unit.DataSize;

/**
 * Raised when an uploaded directory file is larger than {@code budkavle.org.max-import-size}.
 */
class DirectoryTooLarge extends RuntimeException {

	DirectoryTooLarge(DataSize limit) {
		super("The directory file is larger than " + limit.toMegabytes() + " MB (" + limit.toBytes()
				+ " bytes), the most this hub accepts; raise budkavle.org.max-import-size to allow more");
	}
}
