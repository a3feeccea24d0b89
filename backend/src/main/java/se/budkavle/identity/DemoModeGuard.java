package se.budkavle.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Stops the start-up before anything else happens when the hub would have no way to tell who people are: neither a
 * token issuer nor demo mode switched on explicitly, or demo mode (where anyone can take a token for anyone) under a
 * production profile.
 */
class DemoModeGuard implements EnvironmentPostProcessor, Ordered {

	private static final Set<String> PRODUCTION = Set.of("prod", "production");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoMode.noIssuer(environment) && !DemoMode.switchedOn(environment)) {
			throw new NoTokenIssuer();
		}
		boolean production = Arrays.stream(environment.getActiveProfiles())
			.anyMatch((profile) -> PRODUCTION.contains(profile.toLowerCase(Locale.ROOT)));
		if (DemoMode.active(environment) && production) {
			throw new DemoModeInProduction(Arrays.toString(environment.getActiveProfiles()));
		}
	}

	/** After the config files (which may activate profiles), before the embedded database starts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	/** Says what to do instead of showing a stack trace. */
	static class Analyzer extends AbstractFailureAnalyzer<DemoModeInProduction> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, DemoModeInProduction cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Set budkavle.identity.issuer-uri (BUDKAVLE_IDENTITY_ISSUER_URI) to your Keycloak realm, "
							+ "or run without the prod profile to try the demo.",
					cause);
		}
	}

	/** The one line for a hub started with neither an issuer nor demo mode. */
	static class NoIssuerAnalyzer extends AbstractFailureAnalyzer<NoTokenIssuer> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, NoTokenIssuer cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Set budkavle.identity.issuer-uri (BUDKAVLE_IDENTITY_ISSUER_URI) to your Keycloak realm, or "
							+ "budkavle.demo.enabled=true (BUDKAVLE_DEMO_ENABLED) to try the demo.",
					cause);
		}
	}
}
