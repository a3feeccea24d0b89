package se.budkavle.comments;

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
 * The one application context of the comments tests: its own throwaway database and a clock the tests move (it starts
 * at the real time, because demo tokens are stamped with it and checked against the real time).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-comments-tests" })
@AutoConfigureWebTestClient
@Import(CommentsTest.Clock.class)
@interface CommentsTest {

	/** A clock the comments tests set and move forward. */
	@TestConfiguration(proxyBeanMethods = false)
	class Clock {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		}
	}
}
