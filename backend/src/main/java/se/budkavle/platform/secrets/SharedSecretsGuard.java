package se.budkavle.platform.secrets;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Stops a production start-up (profile {@code prod} or {@code production}) that lacks a secret all instances must
 * share: without it each replica draws its own, so what the secret protects differs per replica and resets on every
 * rollout.
 */
class SharedSecretsGuard implements EnvironmentPostProcessor, Ordered {

	static final Profiles PRODUCTION = Profiles.of("prod | production");

	/** The secrets every instance must be given, the same for all; add a module's shared secret here. */
	static final List<String> REQUIRED = List.of("budkavle.questions.limit-secret",
			"budkavle.questions.follow-up-secret", "budkavle.news.attachment-secret");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.acceptsProfiles(PRODUCTION)) {
			return;
		}
		Binder binder = Binder.get(environment);
		List<String> missing = REQUIRED.stream()
			.filter((name) -> !StringUtils.hasText(binder.bind(name, String.class).orElse("")))
			.toList();
		if (!missing.isEmpty()) {
			throw new SharedSecretsMissing(missing, Arrays.toString(environment.getActiveProfiles()));
		}
	}

	/** After the demo-mode guard (whose refusal says more), before the embedded database starts. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 5;
	}

	/** Says which settings to give instead of showing a stack trace. */
	static class Analyzer extends AbstractFailureAnalyzer<SharedSecretsMissing> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, SharedSecretsMissing cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Give every instance the same value for " + String.join(", ", cause.missing())
							+ " (e.g. the environment variable " + String.join(", ", cause.environmentVariables())
							+ ") from your secret store; `openssl rand -base64 32` makes a good one.",
					cause);
		}
	}
}
