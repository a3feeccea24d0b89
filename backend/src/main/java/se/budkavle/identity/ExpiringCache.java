package se.budkavle.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * A bounded cache of values that each stop being valid at their own instant on the hub's clock, keyed by the hash of
 * a bearer token (never the token itself). {@link #forgetAll()} also discards values being looked up while it runs.
 */
final class ExpiringCache<V> {

	private final Cache<String, Entry<V>> entries;

	private final Clock clock;

	private final AtomicLong generation = new AtomicLong();

	private final boolean enabled;

	/** A cache of at most {@code maximumSize} values; 0 keeps nothing. */
	ExpiringCache(Clock clock, int maximumSize) {
		this.clock = clock;
		this.enabled = maximumSize > 0;
		this.entries = Caffeine.newBuilder()
			.maximumSize(maximumSize)
			.expireAfter(Expiry.<String, Entry<V>>creating(
					(key, entry) -> positive(Duration.between(clock.instant(), entry.expiresAt()))))
			.build();
	}

	/** The value cached for the token, or {@code null} when there is none or it has expired. */
	V get(String token) {
		Entry<V> entry = this.entries.getIfPresent(hash(token));
		return (entry != null && this.clock.instant().isBefore(entry.expiresAt())) ? entry.value() : null;
	}

	/** Where a look-up starts: a value looked up before a later {@link #forgetAll()} is not kept. */
	long generation() {
		return this.generation.get();
	}

	void put(String token, V value, Instant expiresAt, long lookedUpAt) {
		if (this.enabled && this.clock.instant().isBefore(expiresAt) && this.generation.get() == lookedUpAt) {
			this.entries.put(hash(token), new Entry<>(value, expiresAt));
			if (this.generation.get() != lookedUpAt) {
				this.entries.invalidateAll();
			}
		}
	}

	void forgetAll() {
		this.generation.incrementAndGet();
		this.entries.invalidateAll();
	}

	static String hash(String token) {
		try {
			var digest = java.security.MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static Duration positive(Duration duration) {
		return duration.isNegative() ? Duration.ZERO : duration;
	}

	private record Entry<V>(V value, Instant expiresAt) {
	}
}
