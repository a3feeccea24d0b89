package se.budkavle.identity;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * The one set of checks every token passes, Keycloak's and the demo issuer's alike: signature (by the decoder),
 * expiry, exact issuer and audience.
 */
final class TokenValidation {

	private TokenValidation() {
	}

	static NimbusReactiveJwtDecoder validating(NimbusReactiveJwtDecoder decoder, String issuer, String audience) {
		decoder.setJwtValidator(validator(issuer, audience));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtAudienceValidator(audience));
	}
}
