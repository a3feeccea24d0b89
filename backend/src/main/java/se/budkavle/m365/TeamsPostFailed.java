package se.budkavle.m365;

import org.springframework.http.HttpStatusCode;

/**
 * A unit's Teams Workflows webhook did not take a card (an error answer, no answer in time, or no connection); the
 * delivery is retried. The message names the unit, never the webhook's URL, which is a secret.
 */
class TeamsPostFailed extends RuntimeException {

	TeamsPostFailed(String unit, HttpStatusCode status) {
		super("The Teams webhook of unit " + unit + " answered " + status.value());
	}

	TeamsPostFailed(String unit, Throwable cause) {
		super("The Teams webhook of unit " + unit + " could not be reached (" + cause.getClass().getSimpleName()
				+ ")");
	}
}
