package se.budkavle.questions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Makes the follow-up key an anonymous asker reads answers with: six words from a list of 2048 common Swedish words
 * (66 bits), which a care worker on a shared phone can write down. Only an HMAC of the normalised words is stored,
 * under {@code budkavle.questions.follow-up-secret}, which is never in the database: a stolen table cannot be guessed
 * against offline. Keys from before (43 random characters, stored as a bare SHA-256) still open their questions.
 */
@Component
class FollowUpKeys {

	/** Words in a key: 6 × 11 bits = 66 bits. */
	static final int WORDS = 6;

	static final String WORD_LIST = "questions/follow-up-words-sv.txt";

	private static final Log logger = LogFactory.getLog(FollowUpKeys.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final List<String> words;

	private final SecretKeySpec secret;

	FollowUpKeys(QuestionsProperties properties) {
		this.words = load();
		this.secret = new SecretKeySpec(secret(properties.followUpSecret()), "HmacSHA256");
	}

	/** A new key: six words separated by spaces, e.g. "lampa vaffla sommar ekorre pion snöstorm". */
	String generate() {
		return RANDOM.ints(WORDS, 0, this.words.size()).mapToObj(this.words::get).collect(Collectors.joining(" "));
	}

	/** The bits a key carries at least: {@code WORDS × ⌊log2(list size)⌋}. */
	int entropyBits() {
		return WORDS * (31 - Integer.numberOfLeadingZeros(this.words.size()));
	}

	/** The hashes a stored question may carry for {@code key}; {@link KeyHash#NONE} for none. */
	KeyHash hash(String key) {
		if (key == null || key.isBlank()) {
			return KeyHash.NONE;
		}
		return new KeyHash(hmac(normalise(key)), legacy(key));
	}

	/**
	 * What is hashed: the words in lower case with å, ä and ö written a, a and o, joined by single hyphens, so
	 * "Lampa  VAFFLA-sommar" and "lampa vaffla sommar" are the same key, on any keyboard.
	 */
	static String normalise(String key) {
		String folded = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return Arrays.stream(folded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.joining("-"));
	}

	private byte[] hmac(String normalised) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.secret);
			return mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", ex);
		}
	}

	/** How keys were stored before words: the bare SHA-256 of the key as given. */
	static byte[] legacy(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available in this Java runtime", ex);
		}
	}

	private static List<String> load() {
		try {
			String text = new ClassPathResource(WORD_LIST).getContentAsString(StandardCharsets.UTF_8);
			return text.lines().map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the follow-up word list " + WORD_LIST, ex);
		}
	}

	private static byte[] secret(String configured) {
		if (configured != null && !configured.isBlank()) {
			return configured.getBytes(StandardCharsets.UTF_8);
		}
		logger.warn("budkavle.questions.follow-up-secret is not set: follow-up keys made now stop opening their "
				+ "questions when this instance restarts. Set the same secret on every instance.");
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		return random;
	}

	/**
	 * The hash a question stores for its key, and the bare SHA-256 an older question may carry instead.
	 *
	 * @param current the HMAC of the normalised words, stored for new questions
	 * @param legacy the SHA-256 of the key as given, which older questions stored
	 */
	record KeyHash(byte[] current, byte[] legacy) {

		/** Never a stored hash (those are 32 bytes): bound when the viewer sent no key. */
		static final KeyHash NONE = new KeyHash(new byte[0], new byte[0]);

		boolean isNone() {
			return this.current.length == 0;
		}
	}
}
