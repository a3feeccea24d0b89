package se.budkavle.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class DemoTokensTests {

	final TestOrganisation organisation = TestOrganisation.inTests();

	@Autowired
	WebTestClient client;

	@Autowired
	DemoTokens demoTokens;

	Person employee;

	@BeforeEach
	void organisation(@Autowired DatabaseClient database, @Autowired Organisation people) {
		this.organisation.ensure(database).block();
		this.employee = people.personByEmail(this.organisation.email("employee")).block();
	}

	@Test
	void aDemoTokenSignsThePersonInWithTheGivenRoles() {
		var token = this.demoTokens.issue(this.employee, Set.of(Role.HR, Role.COMMUNICATOR));
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(token.accessToken()))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.id")
			.isEqualTo(this.employee.id().toString())
			.jsonPath("$.roles")
			.isEqualTo(List.of("communicator", "hr"));
	}

	@Test
	void aDemoTokenCarriesTheClaimsOfAKeycloakToken(@Autowired ReactiveJwtDecoder decoder) {
		var token = this.demoTokens.issue(this.employee, Set.of(Role.ADMIN));
		assertThat(token.expiresIn()).isEqualTo(1800);
		StepVerifier.create(decoder.decode(token.accessToken())).assertNext((jwt) -> {
			assertThat(jwt.getClaimAsString("iss")).isEqualTo("budkavle-demo");
			assertThat(jwt.getAudience()).containsExactly("budkavle-api");
			assertThat(jwt.getSubject()).isEqualTo(this.employee.id().toString());
			assertThat(jwt.getClaimAsString("email")).isEqualTo(this.employee.email());
			assertThat(jwt.getClaimAsString("name")).isEqualTo("Ahmed Hassan");
			assertThat(jwt.getClaimAsMap("realm_access")).isEqualTo(Map.of("roles", List.of("admin")));
			assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(1800));
			assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
		}).verifyComplete();
	}
}
