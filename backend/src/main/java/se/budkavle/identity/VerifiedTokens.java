package se.budkavle.identity;

import java.time.Clock;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Verifies each bearer token once: a token that passed the checks is kept (by its hash, bounded) until its
 * {@code exp} on the hub's clock, so its next requests skip the signature check. Tokens that fail are not kept.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

	private final ReactiveJwtDecoder decoder;

	private final ExpiringCache<Jwt> verified;

	VerifiedTokens(ReactiveJwtDecoder decoder, Clock clock, int maximumSize) {
		this.decoder = decoder;
		this.verified = new ExpiringCache<>(clock, maximumSize);
	}

	@Override
	public Mono<Jwt> decode(String token) throws JwtException {
		Jwt cached = this.verified.get(token);
		if (cached != null) {
			return Mono.just(cached);
		}
		return this.decoder.decode(token).doOnNext((jwt) -> {
			if (jwt.getExpiresAt() != null) {
				this.verified.put(token, jwt, jwt.getExpiresAt(), 0);
			}
		});
	}
}
