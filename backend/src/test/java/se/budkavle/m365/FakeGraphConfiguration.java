package se.budkavle.m365;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.platform.jobs.MutableClock;

/**
 * A fake Graph on a local port in place of Microsoft's, fake Teams Workflows webhooks for three units' channels
 * (Hemtjänst Syd of the demo directory and of the Entra tenant, and Förskolan Solrosen), the stand-in SMS gateway of
 * crisis texts, and a clock the tests move.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeGraphConfiguration {

	/** Unit external id → the workflow of its Teams channel. */
	static final java.util.Map<String, String> WORKFLOWS = java.util.Map.of("hsf-aldre-hemtjanst-syd",
			"hemtjanst-syd", "hsf-forskola-solrosen", "solrosen", "entra-manager-u-maria", "entra-hemtjanst-syd");

	@Bean(destroyMethod = "close")
	FakeGraph fakeGraph() {
		return new FakeGraph().start().pageSize(3);
	}

	@Bean
	GraphConnection graphConnection(FakeGraph graph) {
		return graph.connection();
	}

	@Bean(destroyMethod = "close")
	FakeTeamsWorkflows fakeTeamsWorkflows() {
		return new FakeTeamsWorkflows().start();
	}

	@Bean
	DynamicPropertyRegistrar teamsWebhooks(FakeTeamsWorkflows workflows) {
		return (registry) -> WORKFLOWS.forEach((unit, workflow) -> registry
			.add("budkavle.m365.channels[" + unit + "].webhook-url", () -> workflows.webhookUrl(workflow)));
	}

	@Bean
	DynamicPropertyRegistrar crisisSmsGateway() {
		return (registry) -> {
			registry.add("budkavle.crisis.sms.url", se.budkavle.crisis.FakeSmsGateway.SHARED::url);
			registry.add("budkavle.crisis.sms.username", () -> "hub");
			registry.add("budkavle.crisis.sms.password", () -> "secret");
		};
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
	}
}
