package se.budkavle.live;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import se.budkavle.platform.jobs.MutableClock;

/**
 * What the live tests add to the application: the {@code test:*} topic policy and a clock they can move.
 */
@TestConfiguration(proxyBeanMethods = false)
class LiveTestConfiguration {

	@Bean
	TestTopics testTopics() {
		return new TestTopics();
	}

	@Bean
	MutableClock clock() {
		return new MutableClock(Instant.now());
	}
}
