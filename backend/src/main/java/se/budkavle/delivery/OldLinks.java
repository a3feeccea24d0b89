package se.budkavle.delivery;

import java.net.URI;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

import se.budkavle.platform.Problems;

/**
 * The links messages carried before {@link DeepLinks} ({@code /posts/<id>}, {@code /crises/<id>} on the hub): each
 * redirects (302) to where the configured template leads now, so that no link ever sent ends in a 404. Open without a
 * token, like the page they lead to; the page itself signs the reader in.
 */
@Configuration(proxyBeanMethods = false)
class OldLinks {

	@Bean
	RouterFunction<ServerResponse> oldLinkRedirects(DeepLinks links) {
		return RouterFunctions.route(RequestPredicates.GET("/posts/{id}"), (request) -> redirect(request, links::post))
			.andRoute(RequestPredicates.GET("/crises/{id}"), (request) -> redirect(request, links::crisis));
	}

	private static Mono<ServerResponse> redirect(ServerRequest request, Function<UUID, String> link) {
		UUID id;
		try {
			id = UUID.fromString(request.pathVariable("id"));
		}
		catch (IllegalArgumentException ex) {
			return ServerResponse.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyValue(Problems.of(HttpStatus.NOT_FOUND, "unknown-link", "No such link",
						"The link names no post or crisis message: its last part is not an id."));
		}
		return ServerResponse.status(HttpStatus.FOUND).location(URI.create(link.apply(id))).build();
	}
}
