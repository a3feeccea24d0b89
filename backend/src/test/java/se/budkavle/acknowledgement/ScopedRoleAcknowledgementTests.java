package se.budkavle.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.budkavle.identity.Role;
import se.budkavle.news.ScopedRolesSupport;

/**
 * HR scoped to a förvaltning follows, and communicators scoped to one remind, only the part of a city-wide post's
 * audience inside their subtree; those of the whole organisation follow and remind all of it.
 */
class ScopedRoleAcknowledgementTests extends ScopedRolesSupport {

	private UUID cityWide;

	private long wholeAudience;

	@BeforeEach
	void aCityWidePostAskingForAcknowledgement() {
		grant("central", Role.COMMUNICATOR, null);
		this.cityWide = publish("central", "Kvittera den nya policyn", true, "stad");
		// Everyone in the organisation but the author.
		this.wholeAudience = this.database.sql("select count(*) - 1 from person where active")
			.map((row) -> row.get(0, Long.class))
			.one()
			.block();
	}

	@Test
	void hrScopedToAForvaltningCountsOnlyItsPeopleAndHrOfTheWholeOrganisationEveryone() {
		grant("hr", Role.HR, "ksf");
		assertThat(progress("hr").get("audience")).isEqualTo(5);
		assertThat(unitNames((List<?>) progress("hr").get("byUnit"), "name")).containsExactly("Stadsledningskontoret");
		grant("hr", Role.HR, null);
		assertThat(((Number) progress("hr").get("audience")).longValue()).isEqualTo(this.wholeAudience);
	}

	@Test
	void hrScopedToAForvaltningMayNotOpenAUnitOutsideIt() {
		grant("hr", Role.HR, "ksf");
		as("hr").get().uri("/api/v1/posts/" + this.cityWide + "/acknowledgements?unitId=" + unit("hsf")).exchange()
			.expectStatus().isForbidden();
		as("hr").get().uri("/api/v1/posts/" + this.cityWide + "/acknowledgements?unitId=" + unit("ksf")).exchange()
			.expectStatus().isOk();
	}

	@Test
	void hrScopedToAForvaltningOutsideAPostsAudienceFollowsNothingOfIt() {
		grant("hr", Role.HR, "ksf");
		UUID local = publish("enhet-manager", "Kvittera nyckelrutinen", true, "hsf-aldre-hemtjanst-syd");
		as("hr").get().uri("/api/v1/posts/" + local + "/acknowledgements").exchange().expectStatus().isNotFound();
	}

	@Test
	void thePendingPeopleOfScopedHrAreThoseOfTheirSubtreeOnly() {
		grant("hr", Role.HR, "ksf");
		Map<?, ?> page = as("hr").get().uri("/api/v1/posts/" + this.cityWide + "/acknowledgements/pending").exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		assertThat(unitNames((List<?>) page.get("groups"), "unitName")).containsExactly("Stadsledningskontoret");
	}

	@Test
	void aCommunicatorScopedToAForvaltningRemindsItsPeopleOnlyAndAGlobalOneEveryoneElse() {
		grant("communicator", Role.COMMUNICATOR, "ksf");
		assertThat(remind("communicator").get("reminded")).isEqualTo(5);
		grant("hr", Role.COMMUNICATOR, null);
		assertThat(((Number) remind("hr").get("reminded")).longValue()).isEqualTo(this.wholeAudience - 5);
	}

	@Test
	void someoneWithoutARoleForAnyOfTheAudienceMayNotRemind() {
		grant("communicator", Role.COMMUNICATOR, "ksf");
		UUID local = publish("enhet-manager", "Kvittera nyckelrutinen", true, "hsf-aldre-hemtjanst-syd");
		as("communicator").post().uri("/api/v1/posts/" + local + "/reminders").exchange().expectStatus().isNotFound();
	}

	private Map<?, ?> progress(String key) {
		return as(key).get().uri("/api/v1/posts/" + this.cityWide + "/acknowledgements").exchange()
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private Map<?, ?> remind(String key) {
		return as(key).post().uri("/api/v1/posts/" + this.cityWide + "/reminders").exchange()
			.expectStatus().isAccepted().expectBody(Map.class).returnResult().getResponseBody();
	}

	private static List<String> unitNames(List<?> rows, String field) {
		return rows.stream().map((row) -> (String) ((Map<?, ?>) row).get(field)).toList();
	}
}
