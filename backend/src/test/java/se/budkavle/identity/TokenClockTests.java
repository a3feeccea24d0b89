package se.budkavle.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.org.Organisation;
import se.budkavle.platform.jobs.MutableClock;

/**
 * Demo tokens are signed and checked on the hub's one clock, so a test that moves the clock far from today (or a
 * run on a day long after the test was written) still signs tokens the hub accepts, and expiry follows that clock.
 */
@Import(TokenClockTests.MovedClock.class)
class TokenClockTests extends SignedInTestSupport {

	/** A day far from any real date the suite runs on, in the past and in the future. */
	static final Instant LONG_AGO = Instant.parse("2001-02-03T08:00:00Z");

	static final Instant FAR_AHEAD = Instant.parse("2999-02-03T08:00:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	DemoTokens demoTokens;

	@Autowired
	Organisation people;

	String employee;

	@BeforeEach
	void employee() {
		this.employee = this.organisation.email("employee");
	}

	@Test
	void aTokenSignedWhileTheClockStandsLongAgoIsAcceptedAtThatTime() {
		this.clock.set(LONG_AGO);
		me(issue()).expectStatus().isOk().expectBody().jsonPath("$.email").isEqualTo(this.employee);
	}

	@Test
	void aTokenSignedWhileTheClockStandsFarAheadIsAcceptedAtThatTime() {
		this.clock.set(FAR_AHEAD);
		me(issue()).expectStatus().isOk();
	}

	@Test
	void aTokenExpiresWhenTheHubsClockPassesItsLifetime() {
		this.clock.set(LONG_AGO);
		String token = issue();
		this.clock.advance(Duration.ofMinutes(30).plusMinutes(2));
		TokenValidationTests.assertUnauthenticated(me(token), TokenValidationTests.INVALID_TOKEN);
	}

	private String issue() {
		return this.demoTokens.issue(this.people.personByEmail(this.employee).block(), Set.of()).accessToken();
	}

	private WebTestClient.ResponseSpec me(String token) {
		return this.client.get().uri("/api/v1/me").headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovedClock {

		@Bean
		@Primary
		MutableClock movedClock() {
			return new MutableClock(Instant.now());
		}
	}
}
