package se.budkavle.crisis;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;
import se.budkavle.org.TestDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand people answering a crisis message at the same moment over HTTP, a hundred of them twice at once: no
 * answer is lost from the log, nobody is counted twice, and each person's counted answer is their latest.
 */
class ConcurrentConfirmationTests extends HubTestSupport {

	static final int PEOPLE = 1000;

	static final int TWICE = 100;

	@BeforeEach
	void aLargeUnit() {
		TestDirectory directory = directory().unit("hsf-kris", "Krisövningsenheten", "UNIT", "hsf");
		for (int i = 0; i < PEOPLE; i++) {
			directory.person("demo-kris-" + i, "Person " + i, "Handläggare", "hsf-kris");
		}
		this.imports.applyFile(directory.toString(), "test", null).block();
	}

	@Test
	void concurrentAnswersAreAllLoggedAndEachPersonIsCountedOnceByTheirLatestAnswer() {
		UUID crisis = UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises")
			.bodyValue(CrisisApiTests.crisis("SAFETY", true, unit("hsf-kris"))).exchange()
			.expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
		List<WebTestClient> clients = Flux.range(0, PEOPLE).map((i) -> as("kris-" + i)).collectList().block();
		List<String> answers = Flux.range(0, PEOPLE + TWICE)
			.flatMap((i) -> Mono.fromCallable(() -> answer(clients.get(i % PEOPLE), crisis,
					(i < PEOPLE && i % PEOPLE < TWICE) ? "NEED_HELP" : "SAFE"))
				.subscribeOn(Schedulers.boundedElastic()), 64)
			.collectList()
			.block();
		assertThat(answers).hasSize(PEOPLE + TWICE).containsOnly("SAFE", "NEED_HELP");

		assertThat(count("select count(*) from crisis_answer where crisis_id = :id", crisis)).isEqualTo(PEOPLE + TWICE);
		assertThat(count("select count(*) from crisis_recipient where crisis_id = :id and status is not null", crisis))
			.isEqualTo(PEOPLE);
		// Each person's counted answer is the last one in the log.
		assertThat(count("""
				select count(*) from crisis_recipient r
				where r.crisis_id = :id and r.answer_id is distinct from
				    (select max(a.id) from crisis_answer a where a.crisis_id = r.crisis_id and a.person_id = r.person_id)""",
				crisis)).isZero();
		long needHelp = count("""
				select count(*) from (select distinct on (person_id) status from crisis_answer where crisis_id = :id
				                      order by person_id, id desc) latest where status = 'NEED_HELP'""", crisis);
		Map<?, ?> counts = (Map<?, ?>) as("director", Role.CRISIS).get()
			.uri("/api/v1/crises/" + crisis + "/roll-call?unitId=" + unit("hsf-kris")).exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("counts");
		assertThat(((Number) counts.get("expected")).longValue()).isEqualTo(PEOPLE);
		assertThat(((Number) counts.get("answered")).longValue()).isEqualTo(PEOPLE);
		assertThat(((Number) counts.get("notYet")).longValue()).isZero();
		assertThat(((Number) counts.get("needHelp")).longValue()).isEqualTo(needHelp);
		assertThat(((Number) counts.get("safe")).longValue()).isEqualTo(PEOPLE - needHelp);
	}

	private static String answer(WebTestClient client, UUID crisis, String status) {
		Map<?, ?> answered = client.post().uri("/api/v1/crises/" + crisis + "/confirmations")
			.bodyValue(Map.of("status", status)).exchange().expectStatus().isOk()
			.expectBody(Map.class).returnResult().getResponseBody();
		return (String) answered.get("status");
	}

	private long count(String sql, UUID crisis) {
		return this.database.sql(sql).bind("id", crisis).mapValue(Long.class).one().block();
	}
}
