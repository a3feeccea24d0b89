package se.budkavle.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides demo mode: switched on explicitly ({@code budkavle.demo.enabled=true}) and no token
 * issuer configured means the hub issues its own tokens.
 */
final class DemoMode {

	static final String ISSUER_URI = "budkavle.identity.issuer-uri";

	static final String ENABLED = "budkavle.demo.enabled";

	private DemoMode() {
	}

	static boolean active(PropertyResolver properties) {
		return switchedOn(properties) && noIssuer(properties);
	}

	static boolean switchedOn(PropertyResolver properties) {
		return "true".equalsIgnoreCase(properties.getProperty(ENABLED, "false").strip());
	}

	static boolean noIssuer(PropertyResolver properties) {
		return properties.getProperty(ISSUER_URI, "").isBlank();
	}

	/** Matches in demo mode. */
	static class On implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return active(context.getEnvironment());
		}
	}

	/** Matches when a real token issuer is configured. */
	static class Off implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !active(context.getEnvironment());
		}
	}
}
