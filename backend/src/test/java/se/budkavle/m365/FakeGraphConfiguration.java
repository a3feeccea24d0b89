package se.budkavle.m365;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.budkavle.integration.graph.FakeGraph;
import se.budkavle.integration.graph.GraphConnection;
import se.budkavle.platform.jobs.MutableClock;

/**
 * A fake Graph on a local port in place of Microsoft's, and a clock the tests move.
 */
@TestConfiguration(proxyBeanMethods = false)
class FakeGraphConfiguration {

	@Bean(destroyMethod = "close")
	FakeGraph fakeGraph() {
		return new FakeGraph().start().pageSize(3);
	}

	@Bean
	GraphConnection graphConnection(FakeGraph graph) {
		return graph.connection();
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
	}
}
