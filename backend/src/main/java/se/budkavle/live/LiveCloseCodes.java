package se.budkavle.live;

import org.springframework.web.reactive.socket.CloseStatus;

/**
 * The close codes of the live protocol (docs/live.md): the widget refreshes its token on 4401 and reconnects with
 * {@code resume} on every code except 4403.
 */
final class LiveCloseCodes {

	/** The token is missing, invalid or has expired; get a fresh one, reconnect and resume. */
	static final CloseStatus UNAUTHENTICATED = new CloseStatus(4401, "unauthenticated");

	static final CloseStatus EXPIRED = new CloseStatus(4401, "token expired");

	/** The token is valid but names nobody active in the organisation (or another person than the socket's). */
	static final CloseStatus FORBIDDEN = new CloseStatus(4403, "forbidden");

	/** The person already holds the most sockets allowed on this instance; reconnect with backoff, or close others. */
	static final CloseStatus TOO_MANY_SOCKETS = new CloseStatus(4409, "too many sockets for this person");

	/** The client did not read its messages fast enough; reconnect and resume. */
	static final CloseStatus TOO_SLOW = new CloseStatus(4429, "too slow: messages not read");

	private LiveCloseCodes() {
	}
}
