package se.budkavle.platform.secrets;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import se.budkavle.BudkavleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

@ExtendWith(OutputCaptureExtension.class)
class SharedSecretsGuardTests {

	@Test
	void theHubRefusesToStartUnderTheProdProfileWithoutTheSharedSecretsInOneClearLine(CapturedOutput output) {
		var application = new SpringApplicationBuilder(BudkavleApplication.class).profiles("prod");
		assertThatExceptionOfType(SharedSecretsMissing.class)
			.isThrownBy(() -> application.run("--server.port=0",
					"--budkavle.identity.issuer-uri=https://login.example.se/realms/budkavle"))
			.withMessageContaining("budkavle.questions.limit-secret");
		assertThat(output).contains("Budkavle refuses to start with the profile(s) [prod] without the shared secret(s) "
				+ "budkavle.questions.limit-secret, budkavle.questions.follow-up-secret, budkavle.news.attachment-secret.");
		assertThat(output).contains("BUDKAVLE_QUESTIONS_LIMITSECRET", "BUDKAVLE_QUESTIONS_FOLLOWUPSECRET",
				"BUDKAVLE_NEWS_ATTACHMENTSECRET")
			.doesNotContain("\tat se.budkavle");
	}

	@Test
	void theProdProfileIsFineWithEverySharedSecretSet() {
		var environment = new MockEnvironment();
		SharedSecretsGuard.REQUIRED.forEach((name) -> environment.setProperty(name, "shared-by-every-replica"));
		environment.setActiveProfiles("prod");
		assertThatNoException()
			.isThrownBy(() -> new SharedSecretsGuard().postProcessEnvironment(environment, new SpringApplication()));
	}

	@Test
	void aBlankSecretCountsAsMissing() {
		var environment = new MockEnvironment().withProperty("budkavle.questions.limit-secret", "  ")
			.withProperty("budkavle.questions.follow-up-secret", "shared-by-every-replica")
			.withProperty("budkavle.news.attachment-secret", "shared-by-every-replica");
		environment.setActiveProfiles("production");
		assertThatExceptionOfType(SharedSecretsMissing.class)
			.isThrownBy(() -> new SharedSecretsGuard().postProcessEnvironment(environment, new SpringApplication()))
			.satisfies((ex) -> assertThat(ex.missing()).containsExactly("budkavle.questions.limit-secret"));
	}

	@Test
	void withoutTheProdProfileTheSecretMayBeLeftOut() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("dev");
		assertThatNoException()
			.isThrownBy(() -> new SharedSecretsGuard().postProcessEnvironment(environment, new SpringApplication()));
	}

	@Test
	void theRefusalNamesTheEnvironmentVariables() {
		var analysis = new SharedSecretsGuard.Analyzer()
			.analyze(new SharedSecretsMissing(List.of("budkavle.questions.limit-secret"), "[prod]"));
		assertThat(analysis.getAction()).contains("BUDKAVLE_QUESTIONS_LIMITSECRET");
	}
}
