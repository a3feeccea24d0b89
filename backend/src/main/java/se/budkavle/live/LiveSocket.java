package se.budkavle.live;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;

import io.netty.util.internal.ThreadExecutorMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The WebSocket endpoint {@code /api/v1/live}: reads client messages in order, and writes the session's frames,
 * heartbeats and closes (unauthenticated in time, token expired, too slow).
 */
@Component
class LiveSocket implements WebSocketHandler {

	static final String PATH = "/api/v1/live";

	static final String HEARTBEAT = "{\"type\":\"heartbeat\"}";

	private static final byte[] HEARTBEAT_FRAME = HEARTBEAT.getBytes(StandardCharsets.UTF_8);

	private final LiveProtocol protocol;

	private final Fanout fanout;

	private final LiveProperties properties;

	private final Clock clock;

	private final SocketsPerPerson sockets;

	private final OpenSockets open;

	LiveSocket(LiveProtocol protocol, Fanout fanout, LiveProperties properties, Clock clock, OpenSockets open,
			SocketsPerPerson sockets) {
		this.sockets = sockets;
		this.protocol = protocol;
		this.fanout = fanout;
		this.properties = properties;
		this.clock = clock;
		this.open = open;
	}

	/** The one protocol the handshake may select: fixed, so no token is echoed (docs/live.md). */
	@Override
	public java.util.List<String> getSubProtocols() {
		return java.util.List.of(BearerSubprotocol.NAME);
	}

	@Override
	public Mono<Void> handle(WebSocketSession socket) {
		LiveSession session = new LiveSession(this.properties.sessionBuffer());
		writingLoop().ifPresent(session::writtenBy);
		this.open.opened(session);
		Mono<Void> inbound = subprotocolToken(socket).map((token) -> this.protocol.authenticate(session, token))
			.orElseGet(Mono::empty)
			.thenMany(socket.receive()
				.map(WebSocketMessage::getPayloadAsText)
				.concatMap((text) -> this.protocol.receive(session, text)))
			.then()
			.doFinally((signal) -> {
				if (session.signedIn()) {
					this.sockets.release(session.personId(), session);
				}
				this.open.closed(session);
				this.fanout.forget(session);
				session.end();
			});
		// Closing ends the outgoing stream first and then sends the close frame, so no frame follows it.
		Flux<byte[]> outbound = Flux.merge(session.frames(), heartbeats(), authDeadline(session), expiry(session))
			.takeUntilOther(session.closing())
			.takeUntilOther(session.ended());
		Mono<Void> sending = socket.send(outbound.map((frame) -> text(socket, frame)))
			.then(Mono.defer(() -> Mono.justOrEmpty(session.closeRequested()).flatMap(socket::close)));
		return Mono.when(inbound, sending);
	}

	/** The token offered as {@code bearer.<token>} beside the fixed protocol {@code bearer}, which alone is echoed. */
	private static java.util.Optional<String> subprotocolToken(WebSocketSession socket) {
		return BearerSubprotocol.offeredToken(socket.getHandshakeInfo().getHeaders());
	}

	/** A text message around a frame's bytes, shared with every other socket sent the same frame (no copy). */
	private static WebSocketMessage text(WebSocketSession socket, byte[] frame) {
		return new WebSocketMessage(WebSocketMessage.Type.TEXT, socket.bufferFactory().wrap(frame));
	}

	/**
	 * The Netty event loop that writes to the socket: the handler is called on it once the handshake completes (any
	 * other thread only costs the writes a hop to the right loop).
	 */
	private static Optional<Executor> writingLoop() {
		return Optional.ofNullable(ThreadExecutorMap.currentExecutor());
	}

	private Flux<byte[]> heartbeats() {
		return Flux.interval(this.properties.heartbeat()).map((tick) -> HEARTBEAT_FRAME).onBackpressureDrop();
	}

	private static Flux<byte[]> authDeadline(LiveSession session, Duration timeout) {
		return Mono.delay(timeout)
			.filter((tick) -> !session.signedIn())
			.doOnNext((tick) -> session.close(LiveCloseCodes.UNAUTHENTICATED))
			.thenMany(Flux.empty());
	}

	private Flux<byte[]> authDeadline(LiveSession session) {
		return authDeadline(session, this.properties.authTimeout());
	}

	/** Closes with 4401 when the latest token the session signed in with expires. */
	private Flux<byte[]> expiry(LiveSession session) {
		return session.expiries()
			.switchMap((expiresAt) -> Mono.delay(untilExpiry(expiresAt)))
			.take(1)
			.doOnNext((tick) -> session.close(LiveCloseCodes.EXPIRED))
			.thenMany(Flux.empty());
	}

	private Duration untilExpiry(Instant expiresAt) {
		Duration left = Duration.between(this.clock.instant(), expiresAt);
		return left.isNegative() ? Duration.ZERO : left;
	}
}
