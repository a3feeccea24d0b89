package se.budkavle.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Where images in posts may come from: the hub itself (relative paths) and the intranet origins listed in
 * {@code budkavle.news.image-origins}; any other image would tell its owner who read the post and when, so the
 * sanitiser drops it and the pages' Content-Security-Policy allows no other.
 */
@Component
public class ImageOrigins {

	private final List<String> origins;

	ImageOrigins(NewsProperties properties) {
		this.origins = properties.imageOrigins().stream().map(ImageOrigins::origin).filter((o) -> o != null).toList();
	}

	/**
	 * The allowed origins besides the hub itself, as {@code scheme://host[:port]}.
	 * @return the origins, for a Content-Security-Policy {@code img-src}
	 */
	public List<String> origins() {
		return this.origins;
	}

	/** Whether an image source is the hub's own (a path) or on an allowed origin. */
	boolean allows(String src) {
		String value = src.strip();
		if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) {
			return true;
		}
		String origin = origin(value);
		return origin != null && this.origins.contains(origin);
	}

	private static String origin(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
				return null;
			}
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ((uri.getPort() >= 0) ? ":" + uri.getPort() : "");
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}
}
