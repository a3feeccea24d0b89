package se.budkavle.crisis;

import org.springframework.context.ApplicationContext;

/**
 * Runs the crisis module's SMS outbox as its schedule would, for tests outside the crisis package (scheduling is off
 * in tests).
 */
public final class CrisisJobs {

	private CrisisJobs() {
	}

	/**
	 * One run of the SMS outbox.
	 * @param context the running hub
	 * @return how many texts were attempted
	 */
	public static long sendTexts(ApplicationContext context) {
		return context.getBean(CrisisSms.class).drain().block();
	}
}
