package se.budkavle.identity;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import se.budkavle.org.Person;

/**
 * Issues signed tokens for demo personas (demo mode only), shaped like Keycloak's so they pass the very same checks
 * and mapping.
 */
public class DemoTokens {

	private final JwtEncoder encoder;

	private final IdentityProperties properties;

	private final Clock clock;

	DemoTokens(DemoKeys keys, IdentityProperties properties, Clock clock) {
		this.encoder = NimbusJwtEncoder.withKeyPair(keys.publicKey(), keys.privateKey()).build();
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Issues a token for a person with the given roles.
	 * @param person the person the token speaks for
	 * @param roles the realm roles to grant
	 * @return the token and its lifetime in seconds
	 */
	public DemoToken issue(Person person, Set<Role> roles) {
		var now = this.clock.instant();
		var lifetime = this.properties.demoTokenLifetime();
		var claims = JwtClaimsSet.builder()
			.issuer(DemoKeys.ISSUER)
			.audience(List.of(this.properties.audience()))
			.subject(person.id().toString())
			.issuedAt(now)
			.expiresAt(now.plus(lifetime))
			.claim("name", person.displayName());
		if (person.email() != null) {
			claims.claim(IdentityProperties.EMAIL_CLAIM, person.email());
			claims.claim(IdentityProperties.EMAIL_VERIFIED_CLAIM, true);
		}
		if (!this.properties.linksByEmail()) {
			claims.claim(this.properties.personClaim(), person.externalId());
		}
		claims.claims((all) -> ClaimPath.put(all, this.properties.rolesClaim(), realmRoles(roles)));
		var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		var jwt = this.encoder.encode(JwtEncoderParameters.from(header, claims.build()));
		return new DemoToken(jwt.getTokenValue(), lifetime.toSeconds());
	}

	private List<String> realmRoles(Set<Role> roles) {
		return roles.stream().map(this.properties::roleName).sorted().toList();
	}
}
