package se.budkavle.crisis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.budkavle.delivery.HubTestSupport;
import se.budkavle.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crisis texts through the SMS gateway (a local stand-in): exactly one per person with a phone number for each crisis
 * message (the first, an update, the all-clear), people without a number counted in the log, and a gateway that
 * refuses retried text by text until each is sent once.
 */
class CrisisSmsTests extends HubTestSupport {

	@Autowired
	CrisisSms sms;

	final FakeSmsGateway gateway = FakeSmsGateway.SHARED;

	@AfterEach
	void gatewayBack() {
		this.gateway.back();
	}

	UUID send(String title) {
		Map<String, Object> body = new HashMap<>(CrisisApiTests.crisis("SAFETY", true, unit("hsf-aldre-hemtjanst-syd")));
		body.put("title", title);
		return UUID.fromString((String) as("director", Role.CRISIS).post().uri("/api/v1/crises").bodyValue(body)
			.exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id"));
	}

	/** Runs the SMS outbox until nothing is due (earlier tests in the shared database may have left texts). */
	void drain() {
		for (int run = 0; run < 100 && this.sms.drain().block() > 0; run++) {
			assertThat(run).as("the texts drain").isLessThan(99);
		}
	}

	List<String> statuses(UUID crisis) {
		return this.database.sql("""
				select message || ':' || status from crisis_delivery where crisis_id = :id and channel = 'sms'
				order by 1""").bind("id", crisis).mapValue(String.class).all().collectList().block();
	}

	@Test
	void everyoneWithAPhoneNumberGetsExactlyOneTextPerCrisisMessageAndTheOthersAreCountedAsNoNumber() {
		String title = "Strömavbrott " + UUID.randomUUID();
		UUID crisis = send(title);
		drain();
		drain();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/updates")
			.bodyValue(Map.of("body", "Elen är tillbaka i hus B.")).exchange().expectStatus().isCreated();
		as("director", Role.CRISIS).post().uri("/api/v1/crises/" + crisis + "/all-clear")
			.bodyValue(Map.of("body", "Faran över. Allt fungerar igen.")).exchange().expectStatus().isOk();
		drain();

		assertThat(this.gateway.accepted(title)).extracting(FakeSmsGateway.Text::to)
			.containsExactlyInAnyOrder("+46701740605", "+46701740605", "+46701740605", "+46701740606", "+46701740606",
					"+46701740606");
		assertThat(this.gateway.accepted(title)).extracting(FakeSmsGateway.Text::message)
			.allSatisfy((message) -> assertThat(message).startsWith("ÖVNING: " + title + "\n"))
			.filteredOn((message) -> message.contains("hus B")).hasSize(2);
		assertThat(this.gateway.accepted(title)).filteredOn((text) -> text.message().contains("Faran över")).hasSize(2);
		// Maria Holm and Erik Deputy have no number in the directory
		assertThat(statuses(crisis)).filteredOn((status) -> status.endsWith(":NO_NUMBER")).hasSize(6);
		assertThat(statuses(crisis)).filteredOn((status) -> status.endsWith(":SENT")).hasSize(6);
		String log = new String(as("director", Role.CRISIS).get().uri("/api/v1/crises/" + crisis + "/log?format=csv")
			.exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(),
				StandardCharsets.UTF_8);
		assertThat(log).contains("\"no-number\";\"\";\"sms: 2\"", "\"no-number\";\"\";\"sms: 2 (update)\"",
				"\"no-number\";\"\";\"sms: 2 (all-clear)\"", "\"delivered\";\"Ahmed Hassan\";\"sms (all-clear)\"");
	}

	@Test
	void aRefusingGatewayIsRetriedTextByTextAndEachIsSentOnceWhenItIsBack() {
		String title = "IT-störning " + UUID.randomUUID();
		this.gateway.down();
		UUID crisis = send(title);
		drain();
		assertThat(statuses(crisis)).containsExactlyInAnyOrder("sent:FAILED", "sent:FAILED", "sent:NO_NUMBER",
				"sent:NO_NUMBER");
		assertThat(this.gateway.accepted(title)).isEmpty();

		this.gateway.back();
		drain();
		assertThat(this.gateway.accepted(title)).as("not due again before the wait").isEmpty();
		this.clock.advance(Duration.ofMinutes(2));
		drain();
		drain();

		assertThat(this.gateway.accepted(title)).extracting(FakeSmsGateway.Text::to)
			.containsExactlyInAnyOrder("+46701740605", "+46701740606");
		assertThat(this.database.sql("""
				select attempts from crisis_delivery where crisis_id = :id and channel = 'sms' and status = 'SENT'""")
			.bind("id", crisis).mapValue(Integer.class).all().collectList().block()).containsExactly(2, 2);
	}
}
