package se.budkavle.platform.jobs;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the modules' {@code @Scheduled} jobs unless {@code budkavle.jobs.enabled} is false, as in tests, which
 * run the jobs themselves against a clock they control.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "budkavle.jobs.enabled", matchIfMissing = true)
@EnableScheduling
class JobScheduling {

}
