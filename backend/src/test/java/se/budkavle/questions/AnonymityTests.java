package se.budkavle.questions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import se.budkavle.org.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous question keeps no link to its asker anywhere in the database, the logs or the API, while the asker
 * can still follow it with the key only they were given.
 */
@ExtendWith(OutputCaptureExtension.class)
class AnonymityTests extends QuestionsFixture {

	@Test
	void everyRowWrittenForAnAnonymousQuestionIsFreeOfTheAsker(CapturedOutput output) throws Exception {
		Person asker = this.organisation.personByExternalId("demo-employee").block();
		Set<String> before = allRows();
		int logStart = output.getAll().length();

		Map<String, Object> created = ask("demo-employee", Map.of("subject", "Schemat i jul",
				"body", "Varför ändras schemat utan att vi får veta?", "anonymous", true, "visibility", "UNIT"));
		String key = FollowUpKeys.normalise((String) created.get("followUpKey"));
		UUID id = UUID.fromString((String) created.get("id"));
		post("demo-enhet-manager", "/api/v1/questions/{id}/answers", Map.of("body", "Bra fråga, vi ses på APT."), id)
			.expectStatus().isOk();
		postWithKey("demo-employee", key, "/api/v1/questions/{id}/answers", Map.of("body", "Tack!"), id)
			.expectStatus().isOk();
		put("demo-colleague", "/api/v1/questions/{id}/upvote", id).expectStatus().isOk();
		postWithKey("demo-employee", key, "/api/v1/questions/{id}/closure", Map.of(), id).expectStatus().isOk();

		List<String> written = new ArrayList<>(allRows());
		written.removeAll(before);
		assertThat(written).as("rows written for the question").isNotEmpty()
			.anyMatch((row) -> row.contains("Schemat i jul"))
			.anyMatch((row) -> row.contains("Tack!"));
		for (String trace : traces(asker)) {
			assertThat(written).as("rows written").noneMatch((row) -> row.toLowerCase().contains(trace.toLowerCase()));
			assertThat(output.getAll().substring(logStart)).as("log output").doesNotContainIgnoringCase(trace);
		}
		assertThat(String.join("\n", allRows())).doesNotContain(QuestionsTest.LIMIT_SECRET).doesNotContain(key);
	}

	@Test
	void theDailyLimitCountCannotBeMatchedToThePersonWithoutTheSecret() throws Exception {
		UUID asker = person("demo-employee");
		ask("demo-employee", Map.of("subject", "Fråga", "body", "Text", "anonymous", true, "visibility", "PRIVATE"));
		List<byte[]> tags = this.database.sql("select tag from question_quota")
			.map((row) -> row.get(0, byte[].class))
			.all()
			.collectList()
			.block();
		assertThat(tags).hasSize(1);
		String stored = HexFormat.of().formatHex(tags.get(0));
		String message = asker + "|" + LocalDate.of(2026, 9, 7);
		assertThat(stored).isEqualTo(hmac(QuestionsTest.LIMIT_SECRET, message));
		for (String guess : List.of(sha256(message), sha256(asker.toString()), hmac("", message),
				hmac("another secret", message), hmac(asker.toString(), LocalDate.of(2026, 9, 7).toString()))) {
			assertThat(stored).isNotEqualTo(guess);
		}
	}

	@Test
	void recipientsSeeFrågeställarenAndNoPerson() {
		Map<String, Object> created = ask("demo-employee", Map.of("subject", "Fråga", "body", "Text", "anonymous", true,
				"visibility", "PRIVATE"));
		// sent as clients send it: headers are ASCII, so å, ä and ö go as a, a and o
		String key = FollowUpKeys.normalise((String) created.get("followUpKey"));
		assertThat(key).matches("[a-z]+(-[a-z]+){5}");
		postWithKey("demo-employee", key, "/api/v1/questions/{id}/answers", Map.of("body", "Ett tillägg"),
				created.get("id"))
			.expectStatus().isOk();
		get("demo-enhet-manager", "/api/v1/questions/{id}", created.get("id")).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.asker.id").isEmpty()
			.jsonPath("$.asker.name").isEqualTo("Frågeställaren")
			.jsonPath("$.messages[0].author.name").isEqualTo("Frågeställaren")
			.jsonPath("$.messages[0].author.id").isEmpty()
			.jsonPath("$.messages[0].byAsker").isEqualTo(true)
			.jsonPath("$.events[0].by.name").isEqualTo("Frågeställaren")
			.jsonPath("$.followUpKey").isEmpty();
		get("demo-employee", "/api/v1/questions?box=mine").expectStatus().isOk().expectBody()
			.jsonPath("$.items").isEmpty();
	}

	@Test
	void theFollowUpKeyOpensTheQuestionAndAWrongKeyLooksLikeAMissingQuestion() {
		Map<String, Object> created = ask("demo-employee", Map.of("subject", "Fråga", "body", "Text", "anonymous", true,
				"visibility", "PRIVATE"));
		String key = FollowUpKeys.normalise((String) created.get("followUpKey"));
		getWithKey("demo-employee", key, "/api/v1/questions/{id}", created.get("id")).expectStatus().isOk()
			.expectBody().jsonPath("$.permissions.answer").isEqualTo(true);
		getWithKey("demo-employee", key, "/api/v1/questions/follow-up").expectStatus().isOk()
			.expectBody().jsonPath("$.id").isEqualTo(created.get("id"));
		String wrong = "lampa vaffla sommar ekorre pion snöstorm";
		getWithKey("demo-employee", wrong, "/api/v1/questions/{id}", created.get("id")).expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:question-not-found");
		getWithKey("demo-employee", wrong, "/api/v1/questions/follow-up").expectStatus().isNotFound();
		get("demo-employee", "/api/v1/questions/{id}", created.get("id")).expectStatus().isNotFound();
		get("demo-employee", "/api/v1/questions/{id}", UUID.randomUUID()).expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:question-not-found");
		postWithKey("demo-employee", wrong, "/api/v1/questions/{id}/answers", Map.of("body", "x"), created.get("id"))
			.expectStatus().isNotFound();
	}

	private Set<String> allRows() {
		List<String> tables = this.database
			.sql("select table_name from information_schema.tables where table_schema = 'public'"
					+ " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'")
			.map((row) -> row.get(0, String.class))
			.all()
			.collectList()
			.block();
		Set<String> rows = new HashSet<>();
		for (String table : tables) {
			// bytea columns appear as hex in the row text, so a person id hidden in binary would show too
			this.database.sql("select '" + table + ":' || t::text from \"" + table + "\" t")
				.map((row) -> row.get(0, String.class))
				.all()
				.doOnNext(rows::add)
				.blockLast();
		}
		return rows;
	}

	/** Everything that would point at the person: id (also as hex without dashes), external id, e-mail, name. */
	private static List<String> traces(Person person) {
		return List.of(person.id().toString(), person.id().toString().replace("-", ""), person.externalId(),
				person.email(), person.displayName());
	}

	private static String hmac(String secret, String message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8),
				"HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
	}

	private static String sha256(String message) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8)));
	}
}
