package se.budkavle.questions;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import se.budkavle.platform.jobs.MutableClock;

/**
 * The one application context of the questions tests: its own throwaway database (so the tests may replace the
 * organisation), a clock they move, a small daily limit and known limit and follow-up secrets.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=budkavle-questions-tests", "budkavle.questions.daily-limit=3",
				"budkavle.questions.limit-secret=" + QuestionsTest.LIMIT_SECRET,
				"budkavle.questions.follow-up-secret=" + QuestionsTest.FOLLOW_UP_SECRET })
@AutoConfigureWebTestClient
@Import(QuestionsTest.TestClock.class)
@interface QuestionsTest {

	String LIMIT_SECRET = "questions-test-limit-secret-kept-outside-the-database";

	String FOLLOW_UP_SECRET = "questions-test-follow-up-secret-kept-outside-the-database";

	/** The clock every question test moves. */
	@TestConfiguration(proxyBeanMethods = false)
	class TestClock {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(Instant.now());
		}
	}
}
