package se.budkavle.news;

import java.time.Instant;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import se.budkavle.platform.jobs.MutableClock;

/** A clock the news tests set and move forward. */
@TestConfiguration(proxyBeanMethods = false)
class NewsTestConfiguration {

	// Starts at the real time; the tests move it forward from there.
	static final Instant START = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

	@Bean
	@Primary
	RecordingNotifier recordingNotifier() {
		return new RecordingNotifier();
	}

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(START);
	}
}
