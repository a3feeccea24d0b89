package se.budkavle.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Lets widgets embedded in the city's intranet pages call the API from another origin, and nobody else: only the
 * configured origins, with bearer tokens (no cookies, so no credentials mode).
 */
final class CrossOrigin {

	private CrossOrigin() {
	}

	static CorsConfigurationSource forApi(List<String> allowedOrigins) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(allowedOrigins);
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
		api.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Last-Event-ID"));
		api.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "Content-Disposition"));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", api);
		return source;
	}
}
