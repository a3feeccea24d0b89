package se.budkavle.records;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import se.budkavle.platform.jobs.MutableClock;

/**
 * The one application context of the records tests: its own throwaway database holding the demo slice of the
 * organisation (a directory import replaces the people other contexts' tests write), and a clock the tests move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-records-tests", "budkavle.records.archive.max-records=100" })
@AutoConfigureWebTestClient
@Import(RecordsTest.Clock.class)
@interface RecordsTest {

	/** A clock the records tests move forward; it starts at the real time, which demo tokens are checked against. */
	@TestConfiguration(proxyBeanMethods = false)
	class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}
	}
}
