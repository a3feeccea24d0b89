package se.budkavle.identity;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops the start-up before anything else happens when demo mode meets a production profile: in demo mode anyone can
 * take a token for anyone.
 */
class DemoModeGuard implements EnvironmentPostProcessor, Ordered {

	static final Profiles PRODUCTION = Profiles.of("prod | production");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (DemoMode.active(environment) && environment.acceptsProfiles(PRODUCTION)) {
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
}
