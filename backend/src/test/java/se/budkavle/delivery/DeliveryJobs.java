package se.budkavle.delivery;

import org.springframework.context.ApplicationContext;

/**
 * Runs the delivery dispatcher as its schedule would, for tests outside the delivery package (scheduling is off in
 * tests).
 */
public final class DeliveryJobs {

	private DeliveryJobs() {
	}

	/**
	 * One dispatcher run.
	 * @param context the running hub
	 * @return how many deliveries were attempted
	 */
	public static long dispatch(ApplicationContext context) {
		return context.getBean(DeliveryDispatcher.class).dispatch().block();
	}
}
