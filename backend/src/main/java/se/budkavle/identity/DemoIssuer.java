package se.budkavle.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Demo mode: the hub is its own token issuer, with a key pair made at start-up and the same checks as for Keycloak.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnDemoMode
class DemoIssuer {

	@Bean
	DemoKeys demoKeys() {
		return DemoKeys.generate();
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(DemoKeys keys, IdentityProperties properties, Clock clock) {
		var decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.publicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		return new VerifiedTokens(TokenValidation.validating(decoder, DemoKeys.ISSUER, properties.audience(), clock),
				clock, properties.cachedTokens());
	}

	@Bean
	DemoTokens demoTokens(DemoKeys keys, IdentityProperties properties, Clock clock) {
		return new DemoTokens(keys, properties, clock);
	}
}
