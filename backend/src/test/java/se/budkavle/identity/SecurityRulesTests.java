package se.budkavle.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityRulesTests extends SignedInTestSupport {

	/** An admin route no module serves, so an admitted request ends in 404 and a refused one in 401/403. */
	static final String ADMIN_ROUTE = "/api/v1/admin/identity-probe";

	@ParameterizedTest
	@ValueSource(strings = { "/", "/index.html", "/demo/personas", "/widgets/budkavle.js", "/accessibility", "/privacy",
			"/favicon.ico" })
	void theDemoPageAndWidgetFilesNeedNoToken(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isNotIn(401, 403));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/livez", "/readyz" })
	void theProbesNeedNoToken(String path) {
		this.client.get().uri(path).exchange().expectStatus().isOk();
	}

	@Test
	void theApiDescriptionNeedsNoToken() {
		this.client.get().uri("/v3/api-docs").exchange().expectStatus().isOk();
	}

	@Test
	void anImageOfAPostNeedsASignedLinkNotATokenButUploadingOneNeedsAToken() {
		this.client.get()
			.uri("/api/v1/attachments/{id}?sig=x&exp=1", java.util.UUID.randomUUID())
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:attachment-link-refused");
		TokenValidationTests.assertUnauthenticated(this.client.post()
			.uri("/api/v1/attachments")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.exchange(), "Bearer");
	}

	/** What every request passes through: nothing for sessions, CSRF, forms, logout or HTTP Basic. */
	@Test
	void theChainCarriesOnlyTheFiltersABearerTokenApiNeeds(@Autowired SecurityWebFilterChain chain) {
		var filters = chain.getWebFilters().map((filter) -> filter.getClass().getSimpleName()).collectList().block();
		assertThat(filters).containsExactly("ServerWebExchangeReactorContextWebFilter", "HttpHeaderWriterWebFilter",
				"CorsWebFilter", "ReactorContextWebFilter", "AuthenticationWebFilter",
				"SecurityContextServerWebExchangeWebFilter", "ServerRequestCacheWebFilter", "ExceptionTranslationWebFilter",
				"AuthorizationWebFilter");
	}

	@Test
	void anyOtherPathNeedsAToken() {
		TokenValidationTests.assertUnauthenticated(this.client.get().uri("/internal/anything").exchange(), "Bearer");
	}

	@Test
	void theAdminApiAdmitsAnAdmin() {
		admin(token("admin")).expectStatus().isNotFound();
	}

	@Test
	void theAdminApiForbidsSomeoneWithoutTheAdminRole() {
		admin(token("communicator")).expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("urn:budkavle:problem:forbidden")
			.jsonPath("$.instance")
			.isEqualTo(ADMIN_ROUTE);
	}

	@Test
	void theAdminApiNeedsAToken() {
		TokenValidationTests.assertUnauthenticated(this.client.get().uri(ADMIN_ROUTE).exchange(), "Bearer");
	}

	@Test
	void changesNeedNoCsrfTokenBecauseOnlyBearerTokensAreAccepted() {
		this.client.post()
			.uri(ADMIN_ROUTE)
			.headers((headers) -> headers.setBearerAuth(token("admin")))
			.exchange()
			.expectStatus()
			.isNotFound();
	}

	@Test
	void noSessionIsKept() {
		this.client.get()
			.uri("/api/v1/me")
			.headers((headers) -> headers.setBearerAuth(token("employee")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	private String token(String key) {
		return this.tokens.withRoles(this.organisation.email(key), key);
	}

	private WebTestClient.ResponseSpec admin(String token) {
		return this.client.get().uri(ADMIN_ROUTE).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}
}
