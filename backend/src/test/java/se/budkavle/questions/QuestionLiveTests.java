package se.budkavle.questions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.live.LiveSubscriber;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What live subscribers of {@code questions:inbox}, {@code question:<id>} and {@code question-follow-up:<hash>}
 * receive, compared with the questions the same person may read over HTTP.
 */
class QuestionLiveTests extends HubTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	DemoTokens tokens;

	@Autowired
	FollowUpKeys keys;

	private final Map<String, WebTestClient> http = new HashMap<>();

	@Test
	void theInboxTellsAManagerOfExactlyTheQuestionsTheyMayReadOverHttpAndOthersOfNone() {
		List<String> people = List.of("enhet-manager", "deputy", "avdelning-manager", "nord-manager", "employee",
				"colleague");
		Map<String, LiveSubscriber> live = new LinkedHashMap<>();
		try {
			people.forEach((person) -> live.put(person, subscriber(person, QuestionNotices.INBOX, "feed")));
			Set<UUID> questions = Set.of(ask("employee", false, "PRIVATE").id(), ask("colleague", false, "UNIT").id(),
					ask("employee", true, "PRIVATE").id(), ask("nord-worker", false, "PRIVATE").id());
			UUID marker = post();
			for (String person : people) {
				Set<UUID> told = new HashSet<>();
				for (JsonNode event : inboxEvents(live.get(person), marker)) {
					assertThat(keys(event.path("payload"))).as(person + ": what an inbox event carries")
						.containsExactly("questionId");
					told.add(UUID.fromString(event.path("payload").path("questionId").stringValue("")));
				}
				Set<UUID> readable = new HashSet<>();
				questions.stream().filter((id) -> status(person, id, null) == 200).forEach(readable::add);
				if (person.endsWith("manager") || person.equals("deputy")) {
					assertThat(told).as(person + ": questions told of, against those readable over HTTP")
						.isEqualTo(readable);
				}
				else {
					assertThat(told).as(person + " is asked nothing").isEmpty();
				}
			}
		}
		finally {
			live.values().forEach(LiveSubscriber::close);
		}
	}

	@Test
	void aQuestionsSubscribersAndItsAnonymousAskerHearOnlyOfQuestionsTheyMayReadOverHttp() {
		Asked named = ask("employee", false, "PRIVATE");
		Asked shared = ask("colleague", false, "UNIT");
		Asked anonymous = ask("employee", true, "PRIVATE");
		String followUp = QuestionNotices.FOLLOW_UP + HexFormat.of().formatHex(this.keys.hash(anonymous.key()).current());
		List<String> people = List.of("employee", "colleague", "enhet-manager", "avdelning-manager", "outsider");
		Map<String, LiveSubscriber> live = new LinkedHashMap<>();
		try {
			for (String person : people) {
				live.put(person, subscriber(person, QuestionNotices.QUESTION + named.id(),
						QuestionNotices.QUESTION + shared.id(), QuestionNotices.QUESTION + anonymous.id(), "feed"));
			}
			live.put("anonymous asker", subscriber("employee", followUp, "feed"));
			for (String person : people) {
				for (Asked question : List.of(named, shared, anonymous)) {
					assertThat(live.get(person).denied().contains(QuestionNotices.QUESTION + question.id()))
						.as(person + " denied " + question)
						.isEqualTo(status(person, question.id(), null) != 200);
				}
			}
			answer("enhet-manager", named.id());
			answer("enhet-manager", shared.id());
			answer("avdelning-manager", anonymous.id());
			UUID marker = post();
			for (String person : people) {
				for (JsonNode event : live.get(person).eventsUntil(isPost(marker))) {
					if (event.path("topic").stringValue("").startsWith(QuestionNotices.QUESTION)) {
						assertThat(keys(event.path("payload"))).containsExactly("questionId");
						UUID id = UUID.fromString(event.path("payload").path("questionId").stringValue(""));
						assertThat(status(person, id, null)).as(person + " told of " + id + " live").isEqualTo(200);
					}
				}
			}
			List<JsonNode> followed = live.get("anonymous asker").eventsUntil(isPost(marker));
			assertThat(followed).filteredOn((event) -> followUp.equals(event.path("topic").stringValue("")))
				.singleElement()
				.satisfies((event) -> assertThat(keys(event.path("payload"))).containsExactly("questionId"));
			assertThat(status("employee", anonymous.id(), anonymous.key())).as("the asker with the key").isEqualTo(200);
		}
		finally {
			live.values().forEach(LiveSubscriber::close);
		}
	}

	private List<JsonNode> inboxEvents(LiveSubscriber subscriber, UUID marker) {
		return subscriber.eventsUntil(isPost(marker))
			.stream()
			.filter((event) -> QuestionNotices.INBOX.equals(event.path("topic").stringValue("")))
			.toList();
	}

	private static java.util.function.Predicate<JsonNode> isPost(UUID post) {
		return (event) -> post.toString().equals(event.path("payload").path("postId").stringValue(""));
	}

	private static List<String> keys(JsonNode node) {
		return node.properties().stream().map(Map.Entry::getKey).toList();
	}

	private LiveSubscriber subscriber(String person, String... topics) {
		var viewer = this.organisation.personByExternalId("demo-" + person).block();
		return new LiveSubscriber(this.port, this.tokens.issue(viewer, Set.of()).accessToken(), topics);
	}

	private WebTestClient client(String person) {
		return this.http.computeIfAbsent(person, this::as);
	}

	private int status(String person, UUID question, String key) {
		return client(person).get()
			.uri("/api/v1/questions/{id}", question)
			.headers((headers) -> {
				if (key != null) {
					headers.set(QuestionController.KEY, key);
				}
			})
			.exchange()
			.returnResult(String.class)
			.getStatus()
			.value();
	}

	private Asked ask(String person, boolean anonymous, String visibility) {
		Map<?, ?> created = client(person).post()
			.uri("/api/v1/questions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("subject", "Schemat", "body", "Vad gäller i jul?", "anonymous", anonymous,
					"visibility", visibility))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return new Asked(UUID.fromString((String) created.get("id")), (String) created.get("followUpKey"));
	}

	private void answer(String person, UUID question) {
		client(person).post()
			.uri("/api/v1/questions/{id}/answers", question)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("body", "Vi tar det på APT."))
			.exchange()
			.expectStatus()
			.isOk();
	}

	private UUID post() {
		return UUID.fromString(client("director").post()
			.uri("/api/v1/posts")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("title", "Till alla", "body", "Läs mer på APT.", "targets",
					List.of(Map.of("unitId", unit("hsf").toString(), "includeSubunits", true))))
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody()
			.get("id")
			.toString());
	}

	/** A question as its asker got it back. */
	private record Asked(UUID id, String key) {
	}
}
