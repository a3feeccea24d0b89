package se.budkavle.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.reactive.function.server.HandlerFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the few static HTML pages of the demo module, read once at start-up.
 */
final class HtmlPages {

	static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private HtmlPages() {
	}

	static String read(String classpathLocation) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(classpathLocation).getInputStream(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + classpathLocation, ex);
		}
	}

	/** A page with its Content-Security-Policy; the opener policy keeps other windows from scripting it. */
	static HandlerFunction<ServerResponse> page(String html, PagePolicy policy) {
		String csp = policy.forPage(html);
		return (request) -> ServerResponse.ok()
			.contentType(HTML)
			.header("Content-Security-Policy", csp)
			.header("Cross-Origin-Opener-Policy", "same-origin")
			.header("Referrer-Policy", "same-origin")
			.bodyValue(html);
	}
}
