package se.budkavle.identity;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one place that decides demo mode: no token issuer configured means the hub issues its own tokens.
 */
final class DemoMode {

	static final String ISSUER_URI = "budkavle.identity.issuer-uri";

	private DemoMode() {
	}

	static boolean active(PropertyResolver properties) {
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
