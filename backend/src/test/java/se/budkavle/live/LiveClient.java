package se.budkavle.live;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WebSocket client of {@code /api/v1/live} for tests: sends frames, and lets a test wait for the frames and close
 * status it expects.
 */
final class LiveClient implements AutoCloseable {

	static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

	private final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();

	private final Disposable connection;

	private final CompletableFuture<String> subprotocol = new CompletableFuture<>();

	private LiveClient(int port, List<String> subprotocols) {
		var client = new ReactorNettyWebSocketClient();
		WebSocketHandler handler = new WebSocketHandler() {

			@Override
			public List<String> getSubProtocols() {
				return subprotocols;
			}

			@Override
			public Mono<Void> handle(WebSocketSession session) {
				LiveClient.this.subprotocol.complete(String.valueOf(session.getHandshakeInfo().getSubProtocol()));
				Mono<Void> in = session.receive()
					.map(WebSocketMessage::getPayloadAsText)
					.doOnNext((text) -> LiveClient.this.received.add(JSON.readTree(text)))
					.then();
				Mono<Void> out = session.send(LiveClient.this.outgoing.asFlux().map(session::textMessage));
				Mono<Void> status = session.closeStatus().doOnNext(LiveClient.this.closed::complete).then();
				return Mono.when(in.then(status), out);
			}
		};
		this.connection = client.execute(URI.create("ws://localhost:" + port + LiveSocket.PATH), new HttpHeaders(), handler)
			.doFinally((signal) -> this.closed.complete(CloseStatus.NO_STATUS_CODE))
			.subscribe(null, this.closed::completeExceptionally);
	}

	static LiveClient connect(int port) {
		return new LiveClient(port, List.of());
	}

	static LiveClient withSubprotocolToken(int port, String token) {
		return new LiveClient(port, List.of(BearerSubprotocol.NAME, BearerSubprotocol.PREFIX + token));
	}

	/** The subprotocol the hub selected in the handshake ({@code "null"} for none). */
	String subprotocol() {
		try {
			return this.subprotocol.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("No handshake within " + WAIT, ex);
		}
	}

	/** Connects, signs in by first message and waits for {@code ready}. */
	static LiveClient signedIn(int port, String token) {
		var client = connect(port);
		client.send("{\"type\":\"auth\",\"token\":\"" + token + "\"}");
		client.next("ready");
		return client;
	}

	void send(String frame) {
		this.outgoing.tryEmitNext(frame);
	}

	JsonNode subscribe(String... topics) {
		send(JSON.writeValueAsString(JSON.createObjectNode().put("type", "subscribe").set("topics", JSON.valueToTree(topics))));
		return next("subscribed");
	}

	/** The next frame of this type, skipping heartbeats and anything else before it. */
	JsonNode next(String type) {
		return next((frame) -> type.equals(frame.path("type").stringValue("")), type);
	}

	JsonNode next(Predicate<JsonNode> wanted, String description) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		try {
			while (true) {
				JsonNode frame = this.received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (frame == null) {
					throw new AssertionError("No " + description + " frame within " + WAIT + "; closed: " + this.closed);
				}
				if (wanted.test(frame)) {
					return frame;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The ids of the next {@code count} event frames. */
	List<Long> eventIds(int count) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(next("event").path("id").longValue());
		}
		return ids;
	}

	/** Every frame received so far that is not a heartbeat, without waiting. */
	List<JsonNode> drained() {
		List<JsonNode> frames = new ArrayList<>();
		this.received.drainTo(frames);
		return frames.stream().filter((frame) -> !"heartbeat".equals(frame.path("type").stringValue(""))).toList();
	}

	CloseStatus closeStatus() {
		try {
			return this.closed.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("The socket was not closed within " + WAIT, ex);
		}
	}

	@Override
	public void close() {
		this.outgoing.tryEmitComplete();
		this.connection.dispose();
	}
}
