package se.budkavle.live;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.client.ReactorNettyWebSocketClient;

import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live socket of one signed-in person for the modules' topic tests: subscribes to topics and collects the events
 * it receives, so a test can compare them with what the same person may read over HTTP.
 */
public final class LiveSubscriber implements AutoCloseable {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();

	private final Sinks.Many<String> outgoing = Sinks.many().unicast().onBackpressureBuffer();

	private final Disposable connection;

	private final List<String> denied = new ArrayList<>();

	/**
	 * Connects, signs in and subscribes.
	 * @param port the hub's port
	 * @param token the person's access token
	 * @param topics the topics to follow
	 */
	public LiveSubscriber(int port, String token, String... topics) {
		this.connection = new ReactorNettyWebSocketClient()
			.execute(URI.create("ws://localhost:" + port + LiveSocket.PATH),
					(session) -> session.send(this.outgoing.asFlux().map(session::textMessage))
						.and(session.receive()
							.map(WebSocketMessage::getPayloadAsText)
							.doOnNext((text) -> this.frames.add(JSON.readTree(text)))))
			.subscribe();
		this.outgoing.tryEmitNext(JSON.writeValueAsString(JSON.createObjectNode().put("type", "auth").put("token", token)));
		next("ready");
		this.outgoing.tryEmitNext(JSON.writeValueAsString(
				JSON.createObjectNode().put("type", "subscribe").set("topics", JSON.valueToTree(topics))));
		next("subscribed").path("denied").forEach((topic) -> this.denied.add(topic.stringValue("")));
	}

	/** The topics the hub refused this person. */
	public List<String> denied() {
		return List.copyOf(this.denied);
	}

	/** The next event frame. */
	public JsonNode nextEvent() {
		return next("event");
	}

	/**
	 * Every event frame up to and including the first that matches, in the order received: since a hub delivers a
	 * person's events in the order they were logged, an event published last whose arrival a test awaits proves that
	 * nothing published before it is still on its way.
	 * @param last the event that ends the list
	 * @return the events
	 */
	public List<JsonNode> eventsUntil(Predicate<JsonNode> last) {
		List<JsonNode> events = new ArrayList<>();
		while (true) {
			JsonNode event = nextEvent();
			events.add(event);
			if (last.test(event)) {
				return events;
			}
		}
	}

	private JsonNode next(String type) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		try {
			while (true) {
				JsonNode frame = this.frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
				if (frame == null) {
					throw new AssertionError("No " + type + " frame within " + WAIT);
				}
				if (type.equals(frame.path("type").stringValue(""))) {
					return frame;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Override
	public void close() {
		this.outgoing.tryEmitComplete();
		this.connection.dispose();
	}
}
