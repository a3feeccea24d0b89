package se.budkavle.platform.jobs;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code budkavle.jobs.enabled=false} (as in every test) nothing in the hub switches scheduling on, so tests
 * drive the jobs themselves and no job runs between their steps.
 */
@SpringBootTest
class JobSchedulingTests {

	@Test
	void noScheduledJobRunsWhenJobsAreSwitchedOff(@Autowired ApplicationContext context) {
		assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
	}
}
