package se.budkavle.identity;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bearer tokens are checked and linked to people; a blank issuer means demo mode, where the hub issues its own.
 *
 * @param issuerUri the token issuer (Keycloak realm URL), matched exactly against {@code iss}; blank for demo mode
 * @param jwkSetUri where the issuer's signing keys are published; blank to find them by OIDC discovery
 * @param audience the value that must be in a token's {@code aud}
 * @param personClaim the claim that links a token to a person: {@code email} matches e-mail addresses, any other
 * claim (such as {@code oid}) is matched against the person's external id
 * @param rolesClaim the dotted path to the list of realm roles in a token
 * @param demoTokenLifetime how long a token issued in demo mode is valid
 * @param allowedOrigins origins of intranet pages whose widgets may call the API from the browser (CORS)
 */
@ConfigurationProperties("budkavle.identity")
record IdentityProperties(String issuerUri, String jwkSetUri, @DefaultValue("budkavle-api") String audience,
		@DefaultValue("email") String personClaim, @DefaultValue("realm_access.roles") String rolesClaim,
		@DefaultValue("30m") Duration demoTokenLifetime, List<String> allowedOrigins) {

	IdentityProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
	}

	static final String EMAIL_CLAIM = "email";

	boolean linksByEmail() {
		return EMAIL_CLAIM.equals(this.personClaim);
	}
}
