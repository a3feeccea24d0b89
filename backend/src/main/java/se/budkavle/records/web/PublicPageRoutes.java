package se.budkavle.records.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;

import se.budkavle.records.retention.RetentionNotice;

/**
 * Serves, in every mode and without signing in, the accessibility statement (tillgänglighetsredogörelse) public
 * bodies must publish and the notice on official records and personal data, with the organisation and contacts from
 * {@code budkavle.public-pages}.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageRoutes {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	@Bean
	RouterFunction<ServerResponse> publicPages(PublicPagesProperties properties, RetentionNotice retention) {
		return routes(PublicPageRoutes::read, properties, retention.listItems());
	}

	/**
	 * The routes, each page filled in once, here at start-up: a request only sends the finished page.
	 * @param read reads a page's file from the class path
	 * @param properties the organisation and contacts the pages name
	 * @param retention the retention rules, as list items
	 * @return the routes of both pages
	 */
	static RouterFunction<ServerResponse> routes(Function<String, String> read, PublicPagesProperties properties,
			String retention) {
		String csp = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
				+ "base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors " + properties.frameAncestors();
		String accessibility = fill(read, "public-pages/accessibility.html", properties, retention);
		String privacy = fill(read, "public-pages/privacy.html", properties, retention);
		return RouterFunctions.route(RequestPredicates.GET("/accessibility"), (request) -> page(accessibility, csp))
			.andRoute(RequestPredicates.GET("/privacy"), (request) -> page(privacy, csp));
	}

	private static reactor.core.publisher.Mono<ServerResponse> page(String html, String csp) {
		return ServerResponse.ok()
			.contentType(HTML)
			.header("Content-Security-Policy", csp)
			.header("Cross-Origin-Opener-Policy", "same-origin")
			.header("Referrer-Policy", "same-origin")
			.bodyValue(html);
	}

	/**
	 * One page: the shared frame ({@code page.html}) around the page's own main content, titled by its heading.
	 */
	private static String fill(Function<String, String> read, String location, PublicPagesProperties properties,
			String retention) {
		String main = read.apply(location);
		String title = main.substring(main.indexOf("<h1>") + 4, main.indexOf("</h1>"));
		return read.apply("public-pages/page.html")
			.replace("{{title}}", title)
			.replace("{{main}}", main)
			.replace("{{retention}}", retention)
			.replace("{{contact}}", HtmlUtils.htmlEscape(properties.accessibilityContact(), "UTF-8"))
			.replace("{{records-contact}}", HtmlUtils.htmlEscape(properties.recordsContact(), "UTF-8"))
			.replace("{{organisation}}", HtmlUtils.htmlEscape(properties.organisation(), "UTF-8"));
	}

	private static String read(String location) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + location, ex);
		}
	}
}
