package se.budkavle.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import se.budkavle.news.ImageOrigins;

/**
 * The Content-Security-Policy of the hub's HTML pages: scripts only from files of the hub (no inline script),
 * styles from its files or a page's own {@code <style>} by hash, images from the hub and the intranet origins posts
 * may use, framing only by {@code budkavle.demo.frame-ancestors}.
 */
@Component
class PagePolicy {

	private static final Pattern STYLE = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL);

	private final String imageSources;

	private final String frameAncestors;

	PagePolicy(ImageOrigins images, DemoProperties properties) {
		this.imageSources = String.join(" ", concat(List.of("'self'", "data:"), images.origins()));
		this.frameAncestors = properties.frameAncestors();
	}

	/** The policy for one page, allowing exactly the inline styles it holds. */
	String forPage(String html) {
		List<String> styles = new ArrayList<>(List.of("'self'"));
		Matcher inline = STYLE.matcher(html);
		while (inline.find()) {
			styles.add("'sha256-" + sha256(inline.group(1)) + "'");
		}
		return "default-src 'none'; script-src 'self'; style-src " + String.join(" ", styles) + "; img-src "
				+ this.imageSources + "; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
				+ "form-action 'self'; object-src 'none'; frame-ancestors " + this.frameAncestors;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static String sha256(String text) {
		try {
			return Base64.getEncoder()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", ex);
		}
	}
}
