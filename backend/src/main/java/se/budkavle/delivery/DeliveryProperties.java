package se.budkavle.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the delivery module.
 *
 * @param maxAttempts attempts per delivery before it is given up
 * @param initialBackoff the wait after the first failed attempt; each further failure doubles it
 * @param maxBackoff the longest wait between attempts
 * @param batchSize due deliveries handled per dispatcher run
 * @param concurrency deliveries claimed and sent at the same time; also the most a crash can send twice
 * @param attemptTimeout how long one attempt may take before it counts as failed; a claimed delivery is leased for
 * twice this long, after which a delivery whose outcome was never recorded (the hub stopped) is due again
 * @param dispatchInterval how often the dispatcher looks for due deliveries
 * @param mailFrom the sender address of e-mail sent over SMTP
 * @param hubUrl the hub's public address: {@code {hub-url}} in the link templates, and put before the relative links of
 * messages recorded before them (blank = links relative to the hub)
 * @param webPush the {@code web-push} channel: notifications to the browsers people have subscribed
 * @param links where the links in messages sent out lead ({@link DeepLinks})
 */
@ConfigurationProperties("budkavle.delivery")
public record DeliveryProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration initialBackoff,
		@DefaultValue("6h") Duration maxBackoff, @DefaultValue("200") int batchSize,
		@DefaultValue("8") int concurrency, @DefaultValue("30s") Duration attemptTimeout,
		Duration dispatchInterval,
		@DefaultValue("budkavle@localhost") String mailFrom, @DefaultValue("") String hubUrl,
		@DefaultValue WebPush webPush, @DefaultValue Links links) {

	/**
	 * Web Push (RFC 8030/8291/8292) to the browsers people subscribed in.
	 *
	 * @param enabled whether the channel sends (and the hub offers subscribing)
	 * @param subject the VAPID contact the push services may reach the operator at ({@code mailto:} or {@code https:})
	 * @param publicKey the application server (VAPID) public key, base64url of the uncompressed P-256 point
	 * @param privateKey its private key, base64url of the 32-byte scalar; keep it in a secret. Both blank: refused at
	 * start, except in demo mode, where a key pair is made at start (subscriptions end with the run)
	 * @param ttl how long a push service keeps a message for a browser that is offline
	 * @param pushServices the hosts (and their subdomains) a subscription's endpoint may name: the browsers' push
	 * services. Any other endpoint is refused, so a signed-in person cannot make the hub send requests to a host of
	 * their choosing, such as one inside the intranet
	 */
	public record WebPush(@DefaultValue("false") boolean enabled,
			@DefaultValue("mailto:budkavle@localhost") String subject, @DefaultValue("") String publicKey,
			@DefaultValue("") String privateKey, @DefaultValue("24h") Duration ttl,
			@DefaultValue({ "fcm.googleapis.com", "push.services.mozilla.com", "notify.windows.com",
					"push.apple.com" }) List<String> pushServices) {

		/**
		 * Whether a push service may be sent to at this host.
		 * @param host the endpoint's host
		 * @return whether it is one of the push services or a subdomain of one
		 */
		public boolean isPushService(String host) {
			String name = host.toLowerCase(java.util.Locale.ROOT);
			return this.pushServices.stream()
				.map((service) -> service.toLowerCase(java.util.Locale.ROOT))
				.anyMatch((service) -> name.equals(service) || name.endsWith("." + service));
		}
	}

	/**
	 * How long a claimed delivery stays invisible to other dispatcher runs: its attempt and the recording of the outcome
	 * take well under this, so only a delivery whose instance stopped in between is claimed again.
	 * @return the lease
	 */
	Duration lease() {
		return this.attemptTimeout.multipliedBy(2);
	}

	/**
	 * The wait before the next attempt after {@code attempts} failed ones.
	 * @param attempts failed attempts so far, at least 1
	 * @return the wait
	 */
	Duration backoff(int attempts) {
		Duration wait = this.initialBackoff;
		for (int i = 1; i < attempts && wait.compareTo(this.maxBackoff) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

	/**
	 * The links messages carry, one template per kind of thing, each with {@code {id}} where the thing's id goes and
	 * optionally {@code {hub-url}} for the hub's address. They lead where staff read: the intranet page that embeds the
	 * widgets, e.g. {@code https://intranet.example/nyheter?budkavle-post={id}}; by default the hub's own page.
	 *
	 * @param post a post
	 * @param crisis a crisis message
	 * @param question a question to the manager
	 */
	public record Links(@DefaultValue("{hub-url}/?budkavle-post={id}") String post,
			@DefaultValue("{hub-url}/?budkavle-crisis={id}") String crisis,
			@DefaultValue("{hub-url}/?budkavle-question={id}") String question) {
	}
}
