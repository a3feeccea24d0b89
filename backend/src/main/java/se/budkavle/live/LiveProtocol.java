package se.budkavle.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.BearerTokens;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client messages of the live protocol ({@code auth}, {@code subscribe}, {@code unsubscribe}, {@code resume},
 * {@code ping}) and the server's answers; see docs/live.md.
 */
@Component
class LiveProtocol {

	private static final int MAX_TOPIC_LENGTH = 200;

	private final BearerTokens tokens;

	private final InstanceListener listener;

	private final Fanout fanout;

	private final TopicPolicies policies;

	private final Replay replay;

	private final LiveProperties properties;

	private final JsonMapper json;

	private final SocketsPerPerson sockets;

	LiveProtocol(BearerTokens tokens, InstanceListener listener, Fanout fanout, TopicPolicies policies, Replay replay,
			LiveProperties properties, JsonMapper json, SocketsPerPerson sockets) {
		this.sockets = sockets;
		this.tokens = tokens;
		this.listener = listener;
		this.fanout = fanout;
		this.policies = policies;
		this.replay = replay;
		this.properties = properties;
		this.json = json;
	}

	Mono<Void> receive(LiveSession session, String text) {
		JsonNode message = parse(text);
		String type = message.path("type").stringValue("");
		if (!session.signedIn() && !"auth".equals(type)) {
			session.close(LiveCloseCodes.UNAUTHENTICATED);
			return Mono.empty();
		}
		return switch (type) {
			case "auth" -> authenticate(session, message.path("token").stringValue(""));
			case "subscribe" -> subscribe(session, topics(message));
			case "unsubscribe" -> unsubscribe(session, topics(message));
			case "resume" -> resume(session, message.path("after"));
			case "ping" -> send(session, frame("pong"));
			default -> send(session, error("unknown-message", "Unknown message type: " + type));
		};
	}

	Mono<Void> authenticate(LiveSession session, String token) {
		if (token.isBlank()) {
			session.close(LiveCloseCodes.UNAUTHENTICATED);
			return Mono.empty();
		}
		boolean first = !session.signedIn();
		return this.tokens.verify(token).flatMap((verified) -> {
			if (!session.signIn(verified.viewer(), verified.expiresAt())) {
				session.close(LiveCloseCodes.FORBIDDEN);
				return Mono.empty();
			}
			if (first && !this.sockets.admit(session.personId(), session)) {
				session.close(LiveCloseCodes.TOO_MANY_SOCKETS);
				return Mono.empty();
			}
			return first ? this.listener.ready().then(Mono.defer(() -> send(session, ready()))) : Mono.<Void>empty();
		})
			.onErrorResume(BearerTokens.InvalidToken.class, (ex) -> close(session, LiveCloseCodes.UNAUTHENTICATED))
			.onErrorResume(BearerTokens.UnknownViewer.class, (ex) -> close(session, LiveCloseCodes.FORBIDDEN));
	}

	private Mono<Void> subscribe(LiveSession session, List<String> topics) {
		return Flux.fromIterable(topics)
			.concatMap((topic) -> allowed(session, topic).map((allowed) -> new Decision(topic, allowed)))
			.collectList()
			.flatMap((decisions) -> {
				List<String> allowed = new ArrayList<>();
				List<String> denied = new ArrayList<>();
				for (Decision decision : decisions) {
					if (decision.allowed() && follow(session, decision.topic())) {
						allowed.add(decision.topic());
					}
					else {
						denied.add(decision.topic());
					}
				}
				return send(session, subscribed(allowed, denied));
			});
	}

	private Mono<Boolean> allowed(LiveSession session, String topic) {
		if (topic.length() > MAX_TOPIC_LENGTH) {
			return Mono.just(false);
		}
		return this.policies.maySubscribe(session.viewer(), topic).onErrorReturn(false);
	}

	private boolean follow(LiveSession session, String topic) {
		if (session.topics().contains(topic)) {
			return true;
		}
		if (session.topics().size() >= this.properties.maxTopics()) {
			return false;
		}
		session.follow(topic);
		this.fanout.follow(session, topic);
		return true;
	}

	private Mono<Void> unsubscribe(LiveSession session, List<String> topics) {
		topics.forEach((topic) -> {
			session.unfollow(topic);
			this.fanout.unfollow(session, topic);
		});
		return send(session, subscribed(List.copyOf(session.topics()), List.of()));
	}

	private Mono<Void> resume(LiveSession session, JsonNode after) {
		if (!after.isIntegralNumber() || !after.canConvertToLong() || after.longValue() < 0) {
			return send(session, error("invalid-message", "resume needs \"after\": the last event id seen (0 or more)"));
		}
		session.startReplay(after.longValue());
		return this.replay.replay(session, after.longValue(), this.listener.position()).then(Mono.defer(() -> {
			long through = Math.max(after.longValue(), session.endReplay());
			ObjectNode resumed = this.json.createObjectNode().put("type", "resumed").put("through", through);
			return send(session, this.json.writeValueAsString(resumed));
		}));
	}

	private JsonNode parse(String text) {
		try {
			JsonNode node = this.json.readTree(text);
			return (node != null && node.isObject()) ? node : this.json.createObjectNode();
		}
		catch (JacksonException ex) {
			return this.json.createObjectNode();
		}
	}

	private static List<String> topics(JsonNode message) {
		Set<String> topics = new LinkedHashSet<>();
		message.path("topics").forEach((topic) -> {
			if (topic.isString() && !topic.stringValue().isBlank()) {
				topics.add(topic.stringValue());
			}
		});
		return List.copyOf(topics);
	}

	private String subscribed(List<String> topics, List<String> denied) {
		ObjectNode frame = this.json.createObjectNode().put("type", "subscribed");
		var topicArray = frame.putArray("topics");
		topics.forEach(topicArray::add);
		var deniedArray = frame.putArray("denied");
		denied.forEach(deniedArray::add);
		return this.json.writeValueAsString(frame);
	}

	/** {@code ready} tells where the log stood: a client resuming from there misses nothing from now on. */
	private String ready() {
		return this.json.writeValueAsString(
				this.json.createObjectNode().put("type", "ready").put("through", this.listener.position()));
	}

	private String frame(String type) {
		return this.json.writeValueAsString(this.json.createObjectNode().put("type", type));
	}

	private String error(String reason, String detail) {
		return this.json.writeValueAsString(
				this.json.createObjectNode().put("type", "error").put("reason", reason).put("detail", detail));
	}

	private static Mono<Void> send(LiveSession session, String frame) {
		return Mono.fromRunnable(() -> session.send(frame));
	}

	private static Mono<Void> close(LiveSession session, org.springframework.web.reactive.socket.CloseStatus status) {
		return Mono.fromRunnable(() -> session.close(status));
	}

	private record Decision(String topic, boolean allowed) {
	}
}
