package se.budkavle.m365;

import io.r2dbc.spi.ConnectionFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import se.budkavle.delivery.DeliveryProperties;
import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.integration.graph.GraphMessages;
import se.budkavle.platform.UiProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the Teams channel mapping is checked and wired at startup: webhook URLs must be absolute https, and a mapping
 * works without any Graph tenant.
 */
class M365TeamsConfigurationTests {

	private static final String WEBHOOK = "budkavle.m365.channels[hsf-aldre-hemtjanst-syd].webhook-url=";

	private static final String SECRET = "sig=s3cr3t";

	// Nothing here touches the database: the client only has to exist.
	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, M365Configuration.class)
		.withBean(DatabaseClient.class,
				() -> DatabaseClient.create(ConnectionFactories.get("r2dbc:postgresql://nobody@127.0.0.1:1/none")))
		.withPropertyValues("budkavle.m365.enabled=true", "budkavle.delivery.hub-url=https://hub.test");

	@Test
	void aMappedChannelAloneSwitchesTeamsOnWithoutAnyGraphBean() {
		this.runner.withPropertyValues(WEBHOOK + "https://prod-12.westeurope.logic.azure.com/workflows/abc/triggers/"
				+ "manual/paths/invoke?api-version=2016-06-01&" + SECRET)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(TeamsChannel.class).enabled()).isTrue();
				assertThat(context).doesNotHaveBean(GraphConnection.class)
					.doesNotHaveBean(GraphMessages.class)
					.doesNotHaveBean(DirectorySync.class)
					.doesNotHaveBean(GraphMailChannel.class)
					.doesNotHaveBean(SyncSchedule.class);
				assertThat(context.getBean(M365Properties.class).toString()).doesNotContain(SECRET);
			});
	}

	@Test
	void switchedOffThereIsNoTeamsChannelEvenWithAMapping() {
		this.runner.withPropertyValues("budkavle.m365.enabled=false", WEBHOOK + "https://teams.example/hook")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(TeamsChannel.class));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://teams.example/hook?" + SECRET, "/workflows/abc?" + SECRET,
			"ftp://teams.example/hook?" + SECRET, "https://exa mple/hook?" + SECRET, "http:///hook?" + SECRET })
	void aWebhookUrlThatIsNotAbsoluteHttpsFailsStartupWithoutPrintingIt(String url) {
		this.runner.withPropertyValues(WEBHOOK + url).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure()))
				.contains("budkavle.m365.channels[hsf-aldre-hemtjanst-syd].webhook-url")
				.doesNotContain(SECRET);
		});
	}

	@Test
	void aMappingStillWithTeamIdAndChannelIdFailsStartup() {
		this.runner.withPropertyValues("budkavle.m365.channels[hsf-aldre-hemtjanst-syd].team-id=team-aldre")
			.run((context) -> assertThat(messages(context.getStartupFailure()))
				.contains("budkavle.m365.channels[hsf-aldre-hemtjanst-syd].team-id"));
	}

	@Test
	void aBlankWebhookUrlFailsStartupAskingForIt() {
		this.runner.withPropertyValues(WEBHOOK + " ")
			.run((context) -> assertThat(messages(context.getStartupFailure())).contains("webhook-url is missing"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8089/workflows/abc", "http://localhost:8089/workflows/abc",
			"https://prod-12.westeurope.logic.azure.com/workflows/abc" })
	void httpsAndLocalHttpAreAccepted(String url) {
		this.runner.withPropertyValues(WEBHOOK + url).run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void aMappingWithoutTheHubsAddressFailsStartupForCardsNeedAnAbsoluteLink() {
		this.runner.withPropertyValues("budkavle.delivery.hub-url=", WEBHOOK + "https://teams.example/hook")
			.run((context) -> assertThat(messages(context.getStartupFailure()))
				.contains("budkavle.delivery.hub-url must be set"));
	}

	private static String messages(Throwable failure) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ M365Properties.class, DeliveryProperties.class, UiProperties.class })
	@org.springframework.context.annotation.Import(se.budkavle.delivery.DeepLinks.class)
	static class Settings {
	}
}
