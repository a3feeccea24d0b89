package se.budkavle.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Makes the follow-up key an anonymous asker reads answers with: 256 random bits, shown once; only its SHA-256 hash
 * is stored, which is enough to find the question and useless for anything else.
 */
final class FollowUpKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private FollowUpKeys() {
	}

	static String generate() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
	}

	static byte[] hash(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", ex);
		}
	}
}
