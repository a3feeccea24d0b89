package se.budkavle.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs tokens the way an issuer would, with claims a test can spoil one at a time.
 */
final class TestTokens {

	private final DemoKeys keys;

	TestTokens(DemoKeys keys) {
		this.keys = keys;
	}

	/** A token that passes every check, for the given e-mail, with the given changes applied. */
	String signed(String email, Consumer<JwtClaimsSet.Builder> changes) {
		var claims = valid(email);
		changes.accept(claims);
		return sign(this.keys, claims.build());
	}

	String signed(String email) {
		return signed(email, (claims) -> {
		});
	}

	/** A valid token carrying the given realm roles. */
	String withRoles(String email, String... roles) {
		return signed(email, (claims) -> claims.claim("realm_access", Map.of("roles", List.of(roles))));
	}

	/** A valid token signed by a key the hub does not trust. */
	String signedByAnotherKey(String email) {
		return sign(DemoKeys.generate(), valid(email).build());
	}

	/** A valid token whose payload was swapped for another person's after signing. */
	String tampered(String email, String otherEmail) {
		String[] parts = signed(email).split("\\.");
		String otherPayload = signed(otherEmail).split("\\.")[1];
		return parts[0] + "." + otherPayload + "." + parts[2];
	}

	/** A token that claims to need no signature ({@code alg: none}). */
	String unsigned(String email) {
		var encoder = Base64.getUrlEncoder().withoutPadding();
		String header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = signed(email).split("\\.")[1];
		return header + "." + payload + ".";
	}

	private static JwtClaimsSet.Builder valid(String email) {
		var now = Instant.now();
		return JwtClaimsSet.builder()
			.issuer(DemoKeys.ISSUER)
			.audience(List.of("budkavle-api"))
			.subject(email)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(5)))
			.claim("email", email)
			.claim("email_verified", true)
			.claim("realm_access", Map.of("roles", List.of()));
	}

	private static String sign(DemoKeys keys, JwtClaimsSet claims) {
		var encoder = NimbusJwtEncoder.withKeyPair(keys.publicKey(), keys.privateKey()).build();
		var header = JwsHeader.with(SignatureAlgorithm.RS256).type("JWT").build();
		return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
	}
}
