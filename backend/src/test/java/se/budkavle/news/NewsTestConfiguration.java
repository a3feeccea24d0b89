package se.budkavle.news;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.budkavle.platform.jobs.MutableClock;

/** A clock the news tests set and move forward. */
@TestConfiguration(proxyBeanMethods = false)
class NewsTestConfiguration {

	static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}
}
