package se.budkavle.demo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.budkavle.news.ImageOrigins;

/**
 * The Content-Security-Policy of the hub's HTML pages: scripts only from files of the hub (no inline script), images
 * from the hub and the intranet origins posts may use, framing only by {@code budkavle.demo.frame-ancestors}. Styles
 * may be inline: the widgets style their shadow roots with {@code <style>} elements and style attributes (seen in
 * Chromium by DemoHubBrowserIT), and post HTML can carry neither (the sanitiser drops them).
 */
@Component
class PagePolicy {

	private final String imageSources;

	private final String frameAncestors;

	PagePolicy(ImageOrigins images, DemoProperties properties) {
		this.imageSources = String.join(" ", concat(List.of("'self'", "data:"), images.origins()));
		this.frameAncestors = properties.frameAncestors();
	}

	/** The policy for one page. */
	String forPage(String html) {
		return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src "
				+ this.imageSources + "; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
				+ "form-action 'self'; object-src 'none'; frame-ancestors " + this.frameAncestors;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
