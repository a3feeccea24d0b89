package se.budkavle.delivery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * The notification list's outcomes as problem details, for its controller.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryProblems {

	@Bean
	ProblemTable notificationProblemTable() {
		return ProblemTable.forControllers(NotificationController.class)
			.row(NotificationController.NotificationNotFound.class, HttpStatus.NOT_FOUND, "notification-not-found",
					"Notification not found");
	}
}
