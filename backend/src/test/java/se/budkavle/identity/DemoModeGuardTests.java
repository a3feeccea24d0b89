package se.budkavle.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import se.budkavle.BudkavleApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class DemoModeGuardTests {

	@Test
	void theHubRefusesToStartInDemoModeWithTheProdProfile() {
		var application = new SpringApplicationBuilder(BudkavleApplication.class).profiles("prod");
		assertThatExceptionOfType(DemoModeInProduction.class).isThrownBy(() -> application.run("--server.port=0"))
			.withMessageContaining("demo mode")
			.withMessageContaining("prod");
	}

	@Test
	void theHubRefusesToStartWithNeitherAnIssuerNorDemoMode() {
		var application = new SpringApplicationBuilder(BudkavleApplication.class);
		assertThatExceptionOfType(NoTokenIssuer.class)
			.isThrownBy(() -> application.run("--server.port=0", "--budkavle.demo.enabled=false"))
			.withMessageContaining("no token issuer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Prod", "PROD", "staging", "dev", "default" })
	void noProfileStartsDemoModeWithoutTheDemoSwitch(String profile) {
		var environment = new MockEnvironment();
		environment.setActiveProfiles(profile);
		assertThat(DemoMode.active(environment)).isFalse();
		assertThatExceptionOfType(NoTokenIssuer.class)
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Prod", "PROD", "production" })
	void demoModeIsRefusedUnderAProductionProfileHoweverItIsSpelled(String profile) {
		var environment = new MockEnvironment().withProperty("budkavle.demo.enabled", "true");
		environment.setActiveProfiles(profile);
		assertThatExceptionOfType(DemoModeInProduction.class)
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
	}

	@Test
	void theRefusalsTellWhatToDo() {
		var analysis = new DemoModeGuard.Analyzer().analyze(new DemoModeInProduction("[prod]"));
		assertThat(analysis.getDescription()).contains("refuses to start in demo mode");
		assertThat(analysis.getAction()).contains("budkavle.identity.issuer-uri");
		var noIssuer = new DemoModeGuard.NoIssuerAnalyzer().analyze(new NoTokenIssuer());
		assertThat(noIssuer.getDescription()).doesNotContain("\n");
		assertThat(noIssuer.getAction()).contains("budkavle.identity.issuer-uri").contains("budkavle.demo.enabled=true");
	}

	@Test
	void theProdProfileIsFineWithAnIssuer() {
		var environment = new MockEnvironment().withProperty("budkavle.identity.issuer-uri",
				"https://login.example.se/realms/budkavle");
		environment.setActiveProfiles("prod");
		assertThatNoException()
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
		assertThat(DemoMode.active(environment)).isFalse();
	}

	@Test
	void demoModeNeedsTheSwitchAndNoIssuer() {
		var environment = new MockEnvironment().withProperty("budkavle.demo.enabled", "true");
		environment.setActiveProfiles("staging");
		assertThatNoException()
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
		assertThat(DemoMode.active(environment)).isTrue();
		environment.setProperty("budkavle.identity.issuer-uri", "https://login.example.se/realms/budkavle");
		assertThat(DemoMode.active(environment)).isFalse();
	}
}
