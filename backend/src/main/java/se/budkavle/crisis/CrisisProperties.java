package se.budkavle.crisis;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the crisis module.
 *
 * @param minGroup the smallest group whose roll-call counts are shown to those who see counts only (k)
 * @param sms the SMS gateway crisis messages go out through
 */
@ConfigurationProperties("budkavle.crisis")
public record CrisisProperties(@DefaultValue("5") int minGroup, @DefaultValue Sms sms) {

	/**
	 * An SMS gateway with a 46elks-shaped REST API: {@code POST} a form {@code from, to, message} with basic auth.
	 *
	 * @param url the send endpoint, e.g. {@code https://api.46elks.com/a1/sms}; blank: no SMS
	 * @param username the API user name
	 * @param password the API password
	 * @param from the sender shown on the phone (up to 11 letters, or a number)
	 * @param timeout the longest wait for the gateway's answer
	 * @param concurrency texts sent at the same time
	 * @param batchSize texts handled per run
	 * @param maxAttempts attempts per text before it is given up
	 * @param initialBackoff the wait after the first failed attempt; each further failure doubles it (up to an hour)
	 * @param interval how often due texts are looked for
	 */
	public record Sms(URI url, String username, String password, @DefaultValue("Budkavle") String from,
			@DefaultValue("10s") Duration timeout, @DefaultValue("8") int concurrency,
			@DefaultValue("500") int batchSize, @DefaultValue("6") int maxAttempts,
			@DefaultValue("30s") Duration initialBackoff, Duration interval) {

		/** The wait before the next attempt after {@code attempts} failed ones, doubling up to an hour. */
		Duration backoff(int attempts) {
			Duration wait = this.initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
			return (wait.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : wait;
		}

		/** Whether a gateway is configured. */
		public boolean enabled() {
			return this.url != null && !this.url.toString().isBlank();
		}
	}
}
