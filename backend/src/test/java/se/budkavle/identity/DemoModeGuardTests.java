package se.budkavle.identity;

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
	void theRefusalTellsWhatToDo() {
		var analysis = new DemoModeGuard.Analyzer().analyze(new DemoModeInProduction("[prod]"));
		assertThat(analysis.getDescription()).contains("refuses to start in demo mode");
		assertThat(analysis.getAction()).contains("budkavle.identity.issuer-uri");
	}

	@Test
	void theProdProfileIsFineWithAnIssuer() {
		var environment = new MockEnvironment().withProperty("budkavle.identity.issuer-uri",
				"https://login.example.se/realms/budkavle");
		environment.setActiveProfiles("prod");
		assertThatNoException()
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
	}

	@Test
	void demoModeIsFineWithoutTheProdProfile() {
		var environment = new MockEnvironment();
		environment.setActiveProfiles("dev");
		assertThatNoException()
			.isThrownBy(() -> new DemoModeGuard().postProcessEnvironment(environment, new SpringApplication()));
	}
}
