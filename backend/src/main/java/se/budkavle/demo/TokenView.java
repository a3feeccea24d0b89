package se.budkavle.demo;

import com.fasterxml.jackson.annotation.JsonProperty;

import se.budkavle.identity.DemoToken;

/**
 * A demo token in the shape of an OAuth 2 token response, so clients can treat it like one from Keycloak.
 *
 * @param accessToken the bearer token
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the token expires
 */
record TokenView(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {

	static TokenView of(DemoToken token) {
		return new TokenView(token.accessToken(), "Bearer", token.expiresIn());
	}
}
