package se.budkavle.identity;

import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;

import reactor.core.publisher.Mono;

/**
 * Gives other modules the signed-in person of the current request without knowing anything about tokens.
 */
public final class Viewers {

	private Viewers() {
	}

	/**
	 * The viewer of the current request.
	 * @return the viewer, or empty when the request is not authenticated
	 */
	public static Mono<Viewer> current() {
		return ReactiveSecurityContextHolder.getContext()
			.map(SecurityContext::getAuthentication)
			.filter(ViewerAuthentication.class::isInstance)
			.map((authentication) -> ((ViewerAuthentication) authentication).getPrincipal());
	}
}
