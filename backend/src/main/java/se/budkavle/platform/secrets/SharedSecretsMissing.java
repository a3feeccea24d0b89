package se.budkavle.platform.secrets;

import java.util.List;
import java.util.Locale;

/**
 * Raised at start-up when a production profile is active and a secret that all instances must share is not set.
 */
class SharedSecretsMissing extends RuntimeException {

	private final List<String> missing;

	SharedSecretsMissing(List<String> missing, String profiles) {
		super("Budkavle refuses to start with the profile(s) " + profiles + " without the shared secret(s) "
				+ String.join(", ", missing));
		this.missing = List.copyOf(missing);
	}

	List<String> missing() {
		return this.missing;
	}

	/** The names under which the secrets can be given as environment variables. */
	List<String> environmentVariables() {
		return this.missing.stream()
			.map((name) -> name.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT))
			.toList();
	}
}
