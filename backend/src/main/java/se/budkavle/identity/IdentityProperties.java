package se.budkavle.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * @param rolesClaim the dotted path to the list of realm roles in a token: a role name gives the role for the whole
 * organisation, an entry {@code role@unit} for the subtree under the unit, named by its directory id or hub id
 * @param scopedRolesClaim the dotted path to a second list of such entries, for identity providers that put scoped
 * roles in a claim of their own (such as a user attribute)
 * @param demoTokenLifetime how long a token issued in demo mode is valid
 * @param allowedOrigins origins of intranet pages whose widgets may call the API from the browser (CORS)
 * @param requireVerifiedEmail when the person claim is {@code email}: refuse tokens whose {@code email_verified} is not
 * true (403 {@code email-not-verified})
 * @param bootstrapAdmins values of the person claim (e-mail addresses or external ids) admitted to the directory import
 * routes while no active administrator exists, even when not in the directory
 * @param roleNames the identity provider's names for the hub's roles, by the hub's name (e.g. {@code admin:
 * budkavle-admin}); a role not listed keeps its own name
 * @param adminSeenWithin how long someone last seen with the admin role still counts as an administrator
 * @param cachedTokens how many verified tokens are kept (by hash, each until its {@code exp}) so that their next
 * requests skip the signature check
 * @param cachedViewers how many tokens' viewers (person and roles) are kept so that their next requests read nothing
 * from the database; forgotten on every instance when the directory or the role table changes
 * @param viewerCacheTtl the longest a viewer is kept even without such a change (a safety net for a lost
 * notification)
 */
@ConfigurationProperties("budkavle.identity")
record IdentityProperties(String issuerUri, String jwkSetUri, @DefaultValue("budkavle-api") String audience,
		@DefaultValue("email") String personClaim, @DefaultValue("realm_access.roles") String rolesClaim,
		@DefaultValue("budkavle_scoped_roles") String scopedRolesClaim,
		@DefaultValue("30m") Duration demoTokenLifetime, List<String> allowedOrigins,
		@DefaultValue("true") boolean requireVerifiedEmail, List<String> bootstrapAdmins, Map<String, String> roleNames,
		@DefaultValue("90d") Duration adminSeenWithin, @DefaultValue("10000") int cachedTokens,
		@DefaultValue("10000") int cachedViewers, @DefaultValue("5m") Duration viewerCacheTtl) {

	IdentityProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
		bootstrapAdmins = (bootstrapAdmins != null)
				? bootstrapAdmins.stream().map((admin) -> admin.trim().toLowerCase(Locale.ROOT)).toList() : List.of();
		roleNames = (roleNames != null) ? Map.copyOf(roleNames) : Map.of();
	}

	/** The name the identity provider gives the role. */
	String roleName(Role role) {
		return this.roleNames.getOrDefault(role.realmRole(), role.realmRole());
	}

	/** Whether the person claim's value names a bootstrap admin (ignoring case). */
	boolean isBootstrapAdmin(String personClaimValue) {
		return this.bootstrapAdmins.contains(personClaimValue.trim().toLowerCase(Locale.ROOT));
	}

	static final String EMAIL_CLAIM = "email";

	static final String EMAIL_VERIFIED_CLAIM = "email_verified";

	boolean linksByEmail() {
		return EMAIL_CLAIM.equals(this.personClaim);
	}
}
