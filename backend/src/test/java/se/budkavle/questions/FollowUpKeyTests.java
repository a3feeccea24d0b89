package se.budkavle.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up key of an anonymous question: six words a person can write down, stored as an HMAC under the server's
 * secret, typed any way, guessed at most a few times; the 43-character keys of before still work.
 */
@QuestionsTest
class FollowUpKeyTests extends QuestionsFixture {

	@Autowired
	FollowUpKeys keys;

	@Autowired
	QuestionsProperties properties;

	@Test
	void theWordListHas2048WordsThatStayDistinctWithoutDiacriticsSoAKeyCarries66Bits() throws Exception {
		List<String> words = wordList();
		assertThat(words).hasSize(2048).doesNotHaveDuplicates().allMatch((word) -> word.matches("[a-zåäö]{3,13}"));
		Set<String> folded = words.stream().map(FollowUpKeys::normalise).collect(Collectors.toSet());
		assertThat(folded).hasSize(2048);
		assertThat(this.keys.entropyBits()).isEqualTo(66);
	}

	@Test
	void aNewKeyIsSixListedWordsAndOpensItsQuestionHoweverItIsWrittenDown() throws Exception {
		Map<String, Object> created = askAnonymously();
		String key = (String) created.get("followUpKey");

		assertThat(key.split(" ")).hasSize(6).allMatch(wordList()::contains);
		// A header carries ASCII only, so clients send å, ä and ö as a, a and o (the widget does).
		String ascii = key.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
		for (String written : List.of(ascii, ascii.toUpperCase(), ascii.replace(" ", " - ").replace("  ", "   "),
				ascii.replace(' ', '-'))) {
			getWithKey("demo-employee", written, "/api/v1/questions/follow-up").expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.id")
				.isEqualTo(created.get("id"));
		}
	}

	@Test
	void theKeyIsStoredAsAnHmacUnderTheServersSecretNotAsABareHash() throws Exception {
		Map<String, Object> created = askAnonymously();
		String key = (String) created.get("followUpKey");

		byte[] stored = storedHash(UUID.fromString((String) created.get("id")));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(QuestionsTest.FOLLOW_UP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(stored).isEqualTo(mac.doFinal(FollowUpKeys.normalise(key).getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(sha256(key))
			.isNotEqualTo(sha256(FollowUpKeys.normalise(key)));
	}

	@Test
	void anOldFortyThreeCharacterKeyStillOpensItsQuestionAndTakesPartInTheThread() throws Exception {
		String oldKey = "q3Yx_9vK-2mB7tLpQ0sWc4ZrN8uHjE1aFgD6iOyT5bV";
		UUID id = UUID.fromString((String) askAnonymously().get("id"));
		this.database.sql("update question set follow_up_key_hash = :hash where id = :id")
			.bind("hash", sha256(oldKey))
			.bind("id", id)
			.then()
			.block();

		getWithKey("demo-employee", oldKey, "/api/v1/questions/follow-up").expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(id.toString());
		getWithKey("demo-employee", oldKey, "/api/v1/questions/{id}", id).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.permissions.answer")
			.isEqualTo(true);
		postWithKey("demo-employee", oldKey, "/api/v1/questions/{id}/answers", Map.of("body", "Ett tillägg"), id)
			.expectStatus()
			.isOk();
	}

	@Test
	void wrongKeysAreLimitedPerPersonWithA429ThatSaysWhenToTryAgain() throws Exception {
		String key = (String) askAnonymously().get("followUpKey");
		int allowed = this.properties.followUpAttempts();
		for (int i = 0; i < allowed; i++) {
			getWithKey("demo-colleague", "fel ord nummer " + i, "/api/v1/questions/follow-up").expectStatus()
				.isNotFound();
		}

		getWithKey("demo-colleague", "fel ord igen", "/api/v1/questions/follow-up").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType("application/problem+json")
			.expectHeader()
			.exists(HttpHeaders.RETRY_AFTER)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:too-many-key-attempts");
		getWithKey("demo-colleague", key, "/api/v1/questions/follow-up").expectStatus().isEqualTo(429);
		getWithKey("demo-employee", key, "/api/v1/questions/follow-up").expectStatus().isOk();

		this.clock.advance(this.properties.followUpAttemptWindow().plus(Duration.ofSeconds(1)));
		getWithKey("demo-colleague", key, "/api/v1/questions/follow-up").expectStatus().isOk();
	}

	private Map<String, Object> askAnonymously() {
		return ask("demo-employee",
				Map.of("subject", "Schemat", "body", "Vem bestämmer?", "anonymous", true, "visibility", "PRIVATE"));
	}

	private byte[] storedHash(UUID id) {
		return this.database.sql("select follow_up_key_hash from question where id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, byte[].class))
			.one()
			.block();
	}

	private static List<String> wordList() throws Exception {
		return new ClassPathResource(FollowUpKeys.WORD_LIST).getContentAsString(StandardCharsets.UTF_8)
			.lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.toList();
	}

	private static byte[] sha256(String text) throws Exception {
		return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
	}
}
