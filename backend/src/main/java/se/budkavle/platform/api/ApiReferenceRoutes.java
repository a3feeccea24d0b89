package se.budkavle.platform.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves a readable API reference at {@code /api-reference}: Redoc, shipped in the widget files, rendering the hub's
 * own OpenAPI document, with nothing loaded from outside the hub.
 */
@Configuration(proxyBeanMethods = false)
class ApiReferenceRoutes {

	static final String PATH = "/api-reference";

	/** Scripts and the search worker from the hub only; Redoc styles itself inline; no framing. */
	static final String POLICY = "default-src 'none'; script-src 'self'; worker-src 'self' blob:; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
			+ "base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";

	@Bean
	RouterFunction<ServerResponse> apiReference() throws IOException {
		String html = read(new ClassPathResource("api/reference.html")).replace("{{redoc}}", redocFile());
		String script = read(new ClassPathResource("api/reference.js"));
		return RouterFunctions.route(RequestPredicates.GET(PATH), (request) -> ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.header("Content-Security-Policy", POLICY)
			.header("Referrer-Policy", "same-origin")
			.bodyValue(html))
			.andRoute(RequestPredicates.GET(PATH + ".js"), (request) -> ServerResponse.ok()
				.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
				.cacheControl(CacheControl.noCache())
				.bodyValue(script));
	}

	/** The Redoc bundle the widget build shipped, named by its version. */
	private static String redocFile() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver()
			.getResources("classpath*:/META-INF/resources/widgets/redoc-*.standalone.js");
		if (found.length == 0) {
			throw new IllegalStateException("The widget files have no Redoc bundle; build the widgets module first");
		}
		return found[0].getFilename();
	}

	private static String read(Resource resource) {
		try {
			return StreamUtils.copyToString(resource.getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}
}
