package se.budkavle.identity;

import java.time.Clock;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * The one set of checks every token passes, Keycloak's and the demo issuer's alike: signature (by the decoder),
 * expiry on the hub's one clock (the clock the demo issuer signs with), exact issuer and audience.
 */
final class TokenValidation {

	private TokenValidation() {
	}

	static NimbusReactiveJwtDecoder validating(NimbusReactiveJwtDecoder decoder, String issuer, String audience,
			Clock clock) {
		decoder.setJwtValidator(validator(issuer, audience, clock));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, Clock clock) {
		var expiry = new JwtTimestampValidator();
		expiry.setClock(clock);
		return JwtValidators.createDefaultWithValidators(
				List.of(expiry, new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
	}
}
