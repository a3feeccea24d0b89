package se.budkavle.crisis;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Mono;

/**
 * Sends one text message through an SMS gateway shaped like 46elks's REST API (a common Swedish gateway): a form
 * {@code from, to, message} posted with basic auth; any 2xx answer is sent, anything else {@link SmsNotSent}. It
 * talks to the gateway only; it holds no database transaction while it waits, and gives up after the timeout.
 */
class SmsGateway {

	private final WebClient client;

	private final CrisisProperties.Sms settings;

	SmsGateway(WebClient client, CrisisProperties.Sms settings) {
		this.client = client;
		this.settings = settings;
	}

	/**
	 * Sends the message.
	 * @param to the phone number in international form ({@code +46701234567})
	 * @param message the text
	 * @return completes when the gateway has taken it
	 */
	Mono<Void> send(String to, String message) {
		return this.client.post()
			.uri(this.settings.url())
			.headers((headers) -> headers.setBasicAuth(this.settings.username(), this.settings.password()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("from", this.settings.from()).with("to", to).with("message", message))
			.exchangeToMono((response) -> response.statusCode().is2xxSuccessful() ? response.releaseBody()
					: response.releaseBody().then(Mono.error(new SmsNotSent(to, response.statusCode().value()))))
			.timeout(this.settings.timeout());
	}

	/** The gateway refused the message. */
	static class SmsNotSent extends RuntimeException {

		SmsNotSent(String to, int status) {
			super("The SMS gateway answered " + status + " for a message to " + mask(to));
		}

		private static String mask(String number) {
			return (number.length() > 4) ? "…" + number.substring(number.length() - 4) : "…";
		}
	}
}
