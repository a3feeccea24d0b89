package se.budkavle.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * The viewers of recent tokens (person and roles, bounded), so that a token's next requests read nothing from the
 * database; kept until the token's {@code exp} or {@code budkavle.identity.viewer-cache-ttl}, and forgotten on every
 * instance when the directory or the role table changes ({@link ViewerChanges}).
 */
@Component
public class ViewerCache {

	private final ExpiringCache<ViewerAuthentication> viewers;

	private final Clock clock;

	private final IdentityProperties properties;

	ViewerCache(Clock clock, IdentityProperties properties) {
		this.viewers = new ExpiringCache<>(clock, properties.cachedViewers());
		this.clock = clock;
		this.properties = properties;
	}

	/** Forgets every cached viewer, and those being looked up now: the next request of everyone reads them again. */
	public void forgetAll() {
		this.viewers.forgetAll();
	}

	ViewerAuthentication get(Jwt token) {
		return this.viewers.get(token.getTokenValue());
	}

	long generation() {
		return this.viewers.generation();
	}

	void put(Jwt token, ViewerAuthentication viewer, long lookedUpAt) {
		Instant latest = this.clock.instant().plus(this.properties.viewerCacheTtl());
		Instant expiresAt = (token.getExpiresAt() != null && token.getExpiresAt().isBefore(latest))
				? token.getExpiresAt() : latest;
		this.viewers.put(token.getTokenValue(), viewer, expiresAt, lookedUpAt);
	}
}
