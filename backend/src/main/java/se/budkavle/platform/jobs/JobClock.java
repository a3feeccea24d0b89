package se.budkavle.platform.jobs;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} every module reads the time from, so tests can move time forward (deadlines, escalation,
 * scheduled publication) without sleeping.
 */
@Configuration(proxyBeanMethods = false)
class JobClock {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
