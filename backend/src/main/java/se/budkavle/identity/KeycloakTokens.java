package se.budkavle.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Production token checking: keys from the configured issuer (OIDC discovery, fetched lazily) or its JWK set URI.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoMode.Off.class)
class KeycloakTokens {

	@Bean
	ReactiveJwtDecoder jwtDecoder(IdentityProperties properties, Clock clock) {
		var builder = StringUtils.hasText(properties.jwkSetUri())
				? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
				: NimbusReactiveJwtDecoder.withIssuerLocation(properties.issuerUri());
		var decoder = TokenValidation.validating(builder.build(), properties.issuerUri(), properties.audience(), clock);
		return new VerifiedTokens(decoder, clock, properties.cachedTokens());
	}
}
