package se.budkavle.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Lets widgets embedded in the city's intranet pages load the widget files and call the API from another origin, and
 * nobody else: only the configured origins, with bearer tokens (no cookies, so no credentials mode).
 */
final class CrossOrigin {

	private CrossOrigin() {
	}

	/** Headers the widgets send beyond the CORS-safelisted ones; an anonymous asker proves a question by the key. */
	static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-Match", "Last-Event-ID",
			"X-Follow-Up-Key");

	static CorsConfigurationSource forApiAndWidgets(List<String> allowedOrigins) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api(allowedOrigins));
		source.registerCorsConfiguration("/widgets/**", widgets(allowedOrigins));
		return source;
	}

	private static CorsConfiguration api(List<String> allowedOrigins) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(allowedOrigins);
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		api.setAllowedHeaders(REQUEST_HEADERS);
		api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "Content-Disposition", "X-Follow-Up-Key"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		return api;
	}

	/** Module scripts and scripts with an integrity hash are fetched in CORS mode, without credentials. */
	private static CorsConfiguration widgets(List<String> allowedOrigins) {
		CorsConfiguration widgets = new CorsConfiguration();
		widgets.setAllowedOrigins(allowedOrigins);
		widgets.setAllowedMethods(List.of("GET", "HEAD"));
		widgets.setAllowCredentials(false);
		widgets.setMaxAge(Duration.ofHours(1));
		return widgets;
	}
}
