package se.budkavle.identity;

import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Checks a bearer token that did not come in an {@code Authorization} header (a WebSocket's first message or
 * subprotocol) with exactly the decoder and viewer mapping of the HTTP security chain.
 */
@Component
public class BearerTokens {

	private final ReactiveJwtDecoder decoder;

	private final ViewerMapping mapping;

	BearerTokens(ReactiveJwtDecoder decoder, ViewerMapping mapping) {
		this.decoder = decoder;
		this.mapping = mapping;
	}

	/**
	 * Verifies a token and resolves the person it speaks for.
	 * @param token the encoded token
	 * @return the viewer and when the token expires; an {@link InvalidToken} error when the token does not pass the
	 * checks, an {@link UnknownViewer} error when it passes but names no active person
	 */
	public Mono<VerifiedViewer> verify(String token) {
		return this.decoder.decode(token)
			.onErrorMap((ex) -> new InvalidToken())
			.flatMap((jwt) -> this.mapping.convert(jwt)
				.onErrorMap((ex) -> ex instanceof UnknownPerson || ex instanceof EmailNotVerified,
						(ex) -> new UnknownViewer())
				// A bootstrap admin is nobody in the organisation: nothing to follow live.
				.flatMap((authentication) -> (authentication instanceof ViewerAuthentication viewer)
						? Mono.just(new VerifiedViewer(viewer.getPrincipal(), expiry(jwt)))
						: Mono.error(new UnknownViewer())));
	}

	private static Instant expiry(Jwt jwt) {
		return (jwt.getExpiresAt() != null) ? jwt.getExpiresAt() : Instant.MAX;
	}

	/**
	 * A token and the person behind it.
	 *
	 * @param viewer the person and roles
	 * @param expiresAt when the token stops being valid
	 */
	public record VerifiedViewer(Viewer viewer, Instant expiresAt) {
	}

	/** The token is malformed, wrongly signed, expired or meant for someone else. */
	public static class InvalidToken extends RuntimeException {

		InvalidToken() {
			super("The bearer token is not valid", null, false, false);
		}
	}

	/** The token is valid but names no active person in the organisation. */
	public static class UnknownViewer extends RuntimeException {

		UnknownViewer() {
			super("The bearer token names no active person", null, false, false);
		}
	}
}
