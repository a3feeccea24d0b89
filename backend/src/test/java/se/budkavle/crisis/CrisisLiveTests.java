package se.budkavle.crisis;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.live.LiveSubscriber;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the banners' live topic {@code crises} and the crisis role's {@code crisis-roll-call:<id>} deliver: a crisis
 * reaches the open widgets of the people it was sent to and nobody else's, "needs help" reaches the managers of the
 * person's units, and the all-clear ends it.
 */
class CrisisLiveTests extends HubTestSupport {

	@LocalServerPort
	int port;

	@Autowired
	DemoTokens tokens;

	@Test
	void aCrisisReachesTheBannersOfItsPeopleOnlyAndNeedsHelpReachesTheirManagers() throws Exception {
		try (LiveSubscriber employee = subscribe("employee", "crises");
				LiveSubscriber manager = subscribe("enhet-manager", "crises");
				LiveSubscriber otherManager = subscribe("nord-manager", "crises")) {
			UUID syd = send(unit("hsf-aldre-hemtjanst-syd"));
			assertEvent(employee.nextEvent(), "crisis.sent", syd);
			assertEvent(manager.nextEvent(), "crisis.sent", syd);
			as("employee").post().uri("/api/v1/crises/" + syd + "/confirmations")
				.bodyValue(Map.of("status", "NEED_HELP")).exchange().expectStatus().isOk();
			JsonNode help = manager.nextEvent();
			assertEvent(help, "crisis.need-help", syd);
			assertThat(help.path("payload").path("displayName").stringValue("")).isEqualTo("Ahmed Hassan");
			as("director", Role.CRISIS).post().uri("/api/v1/crises/" + syd + "/all-clear")
				.bodyValue(Map.of("body", "Faran över.")).exchange().expectStatus().isOk();
			assertEvent(employee.nextEvent(), "crisis.all-clear", syd);
			// Nord's manager got nothing of Syd's crisis: the first event they see is the next crisis, sent to them.
			UUID aldre = send(unit("hsf-aldre"));
			assertEvent(otherManager.nextEvent(), "crisis.sent", aldre);
		}
	}

	@Test
	void theRollCallTopicIsForTheCrisisRoleAndNeedsHelpIsAnnouncedThere() throws Exception {
		UUID crisis = send(unit("hsf-aldre-hemtjanst-syd"));
		try (LiveSubscriber employee = new LiveSubscriber(this.port, token("employee"), "crisis-roll-call:" + crisis)) {
			assertThat(employee.denied()).containsExactly("crisis-roll-call:" + crisis);
		}
		try (LiveSubscriber crisisRole = new LiveSubscriber(this.port, token("director", Role.CRISIS), "crisis-roll-call:" + crisis)) {
			assertThat(crisisRole.denied()).isEmpty();
			as("colleague").post().uri("/api/v1/crises/" + crisis + "/confirmations")
				.bodyValue(Map.of("status", "NEED_HELP")).exchange().expectStatus().isOk();
			assertEvent(crisisRole.nextEvent(), "crisis.need-help", crisis);
		}
	}

	private UUID send(UUID unit) {
		return UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises")
			.bodyValue(CrisisApiTests.crisis("SAFETY", false, unit)).exchange().expectStatus().isCreated()
			.expectBody(Map.class).returnResult().getResponseBody().get("id"));
	}

	private static void assertEvent(JsonNode frame, String type, UUID crisis) {
		assertThat(frame.path("event").stringValue("")).isEqualTo(type);
		assertThat(frame.path("payload").path("crisisId").stringValue("")).isEqualTo(crisis.toString());
	}

	private String token(String key, Role... roles) {
		return this.tokens.issue(this.organisation.personByExternalId("demo-" + key).block(), Set.of(roles))
			.accessToken();
	}

	private LiveSubscriber subscribe(String key, String topic) {
		LiveSubscriber subscriber = new LiveSubscriber(this.port, token(key), topic);
		assertThat(subscriber.denied()).as("subscription allowed").isEmpty();
		return subscriber;
	}
}
