package se.budkavle.delivery.webpush;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

import se.budkavle.platform.ProblemTable;

/**
 * Web Push subscriptions' outcomes as problem details, for their controller.
 */
@Configuration(proxyBeanMethods = false)
class PushProblems {

	@Bean
	ProblemTable pushProblemTable() {
		return ProblemTable.forControllers(PushSubscriptionController.class)
			.row(SubscriptionRefused.class, HttpStatus.BAD_REQUEST, "invalid-push-subscription",
					"Invalid push subscription", (row) -> row.detail((ex) -> ex.getMessage() + "; nothing was written.")
						.fieldError(SubscriptionRefused::field))
			.row(WebPushOff.class, HttpStatus.NOT_FOUND, "web-push-off", "Web Push is off");
	}
}
