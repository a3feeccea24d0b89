package se.budkavle.platform.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ProblemDetailsTests {

	@Autowired
	WebTestClient client;

	@LocalServerPort
	int port;

	String token;

	@BeforeEach
	void signIn(@Autowired DatabaseClient database, @Autowired Organisation organisation,
			@Autowired DemoTokens tokens) {
		// Written straight into the table: a directory import here would deactivate the people of other tests
		// that share this application context and its database.
		database.sql("""
				insert into person (external_id, display_name, email)
				values ('problems-person', 'Pia Problem', 'pia.problem@test.budkavle.se')
				on conflict (external_id) do nothing""").then().block();
		this.token = tokens.issue(organisation.personByExternalId("problems-person").block(), Set.of())
			.accessToken();
	}

	@Test
	void anUnknownApiRouteIsANotFoundProblem() {
		this.client.get()
			.uri("/api/v1/no-such-thing")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void aPageSizeOverTheLimitIsABadRequestProblem() {
		this.client.get()
			.uri("/api/v1/units/00000000-0000-0000-0000-000000000000/members?limit=101")
			.headers((headers) -> headers.setBearerAuth(this.token))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:invalid-page-size");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1//me", "/api/v1/me;jsessionid=1", "/api/v1/posts%2fx", "/api/v1/%2e%2e/me" })
	void aPathTheFirewallRejectsIsABadRequestProblem(String path) throws IOException {
		String answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("content-type: application/problem+json")
			.contains("\"status\":400");
	}

	@Test
	void aCrossOriginRequestFromAnOriginNotAllowedIsAForbiddenProblem() {
		this.client.options()
			.uri("/api/v1/me")
			.header(HttpHeaders.ORIGIN, "https://evil.example.com")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:cross-origin-refused");
	}

	@Test
	void aRequestLineTooLongIsAUriTooLongProblem() throws IOException {
		String answer = raw("GET /api/v1/me?q=" + "a".repeat(70_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 414")
			.containsIgnoringCase("content-type: application/problem+json")
			.contains("urn:budkavle:problem:uri-too-long");
	}

	@Test
	void headersTooLargeAreAHeadersTooLargeProblem() throws IOException {
		String answer = raw("GET /api/v1/me HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(70_000)
				+ "\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 431")
			.containsIgnoringCase("content-type: application/problem+json")
			.contains("urn:budkavle:problem:headers-too-large");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theApiDescriptionListsTheApi() {
		// The API document is larger than the client's default 256 KB buffer.
		this.client.mutate()
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.openapi")
			.exists()
			.jsonPath("$.paths['/api/v1/me']")
			.exists();
	}
}
