package se.budkavle.identity;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production client template in {@code deploy/keycloak/budkavle-client.json} is what the hub and the sign-in
 * element expect, and carries nothing of the demo realm.
 */
class KeycloakClientTemplateTests {

	static final Path TEMPLATE = Path.of("../deploy/keycloak/budkavle-client.json");

	final JsonNode client = JsonMapper.shared().readTree(TEMPLATE.toFile());

	@Test
	void theClientIsPublicWithPkceS256AndNoPasswordGrant() {
		assertThat(this.client.get("clientId").asString()).isEqualTo("budkavle-widgets");
		assertThat(this.client.get("publicClient").asBoolean()).isTrue();
		assertThat(this.client.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(this.client.get("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(this.client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
		assertThat(this.client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(this.client.has("secret")).isFalse();
		assertThat(this.client.has("users")).isFalse();
	}

	@Test
	void tokensAreForTheHubsAudienceAndCarryTheClientRoles() {
		assertThat(mapper("oidc-audience-mapper").get("config").get("included.custom.audience").asString())
			.isEqualTo("budkavle-api");
		JsonNode roles = mapper("oidc-usermodel-client-role-mapper").get("config");
		assertThat(roles.get("claim.name").asString()).isEqualTo("budkavle_roles");
		assertThat(roles.get("usermodel.clientRoleMapping.clientId").asString()).isEqualTo("budkavle-widgets");
		assertThat(roles.get("access.token.claim").asString()).isEqualTo("true");
		assertThat(this.client.get("defaultClientScopes").valueStream().map(JsonNode::asString)).contains("email");
	}

	@Test
	void redirectsAndWebOriginsAreExplicitPlaceholdersNeverWildcards() {
		assertThat(this.client.get("webOrigins").valueStream().map(JsonNode::asString))
			.allSatisfy((origin) -> assertThat(origin).startsWith("https://").doesNotContain("*").endsWith(".example.se"));
		assertThat(this.client.get("redirectUris").valueStream().map(JsonNode::asString))
			.allSatisfy((uri) -> assertThat(uri).startsWith("https://").contains(".example.se/"));
	}

	private JsonNode mapper(String type) {
		return this.client.get("protocolMappers")
			.valueStream()
			.filter((mapper) -> type.equals(mapper.get("protocolMapper").asString()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + type + " in " + TEMPLATE));
	}
}
