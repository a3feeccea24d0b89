package se.budkavle.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscription;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import reactor.core.publisher.BaseSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.Viewer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fan-out's own work per event, without sockets: one policy question for the distinct people, one serialisation,
 * one task per event loop, and a socket that does not read holding up no other.
 */
class FanoutTests {

	static final String TOPIC = "test:fanout";

	final JsonMapper json = JsonMapper.builder().build();

	final CountingPolicy policy = new CountingPolicy();

	final Fanout fanout = new Fanout(policies(this.policy), this.json);

	final List<ExecutorService> executors = new ArrayList<>();

	@AfterEach
	void stop() {
		this.executors.forEach(ExecutorService::shutdownNow);
	}

	@Test
	void eachEventAsksThePolicyOnceForTheDistinctPeopleAndGivesEachEventLoopOneTask() {
		var loopA = new QueuedLoop();
		var loopB = new QueuedLoop();
		UUID anna = UUID.randomUUID();
		UUID bo = UUID.randomUUID();
		UUID cecilia = UUID.randomUUID();
		this.policy.excluded.add(cecilia);
		List<Received> annas = List.of(socket(anna, loopA), socket(anna, loopA), socket(anna, loopB));
		Received bos = socket(bo, loopB);
		Received cecilias = socket(cecilia, loopA);

		this.fanout.deliver(event(1)).block();

		assertThat(this.policy.asked).containsExactly(Set.of(anna, bo, cecilia));
		assertThat(loopA.tasks).hasSize(1);
		assertThat(loopB.tasks).hasSize(1);
		assertThat(bos.frames).as("nothing is written but by the socket's own loop").isEmpty();
		loopA.run();
		loopB.run();
		assertThat(annas).allSatisfy((socket) -> assertThat(socket.frames).hasSize(1));
		assertThat(bos.frames).hasSize(1);
		assertThat(cecilias.frames).as("withheld by the policy").isEmpty();
		byte[] serialisedOnce = bos.frames.get(0);
		assertThat(annas).allSatisfy((socket) -> assertThat(socket.frames.get(0)).isSameAs(serialisedOnce));
		assertThat(new String(serialisedOnce, StandardCharsets.UTF_8)).contains("\"id\":1", "\"topic\":\"" + TOPIC + "\"");
	}

	@Test
	void aSocketThatDoesNotReadIsClosedAsTooSlowWhileTheOthersOnItsLoopGetEveryEventInOrder() {
		Executor loop = loop();
		var stalled = new LiveSession(4);
		stalled.writtenBy(loop);
		stalled.signIn(viewer(UUID.randomUUID()), Instant.now().plusSeconds(3600));
		List<Object> closes = new CopyOnWriteArrayList<>();
		stalled.closing().subscribe(closes::add);
		stalled.frames().subscribe(new BaseSubscriber<byte[]>() {

			@Override
			protected void hookOnSubscribe(Subscription subscription) {
				// reads nothing
			}
		});
		this.fanout.follow(stalled, TOPIC);
		stalled.follow(TOPIC);
		List<Received> others = List.of(socket(UUID.randomUUID(), loop), socket(UUID.randomUUID(), loop),
				socket(UUID.randomUUID(), loop()));

		Flux.range(1, 50).concatMap((id) -> this.fanout.deliver(event(id))).blockLast();

		await().atMost(LiveClient.WAIT).untilAsserted(() -> assertThat(others)
			.allSatisfy((socket) -> assertThat(socket.ids()).isEqualTo(Flux.range(1, 50).map(Long::valueOf).collectList().block())));
		assertThat(closes).containsExactly(LiveCloseCodes.TOO_SLOW);
	}

	private Executor loop() {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		this.executors.add(executor);
		return executor;
	}

	private Received socket(UUID personId, Executor loop) {
		var session = new LiveSession(1024);
		session.writtenBy(loop);
		session.signIn(viewer(personId), Instant.now().plusSeconds(3600));
		var received = new Received();
		session.frames().subscribe(received.frames::add);
		session.follow(TOPIC);
		this.fanout.follow(session, TOPIC);
		return received;
	}

	private StoredEvent event(long id) {
		return new StoredEvent(id, TOPIC, "test.fanout", this.json.createObjectNode().put("n", id), Set.of(), Instant.now());
	}

	private static Viewer viewer(UUID personId) {
		return new Viewer(personId, "Person " + personId, personId + "@fanout.test", Set.of());
	}

	private static TopicPolicies policies(TopicPolicy policy) {
		var beans = new StaticListableBeanFactory(Map.of("policy", policy));
		return new TopicPolicies(beans.getBeanProvider(TopicPolicy.class));
	}

	/** What one socket was handed. */
	final class Received {

		final List<byte[]> frames = new CopyOnWriteArrayList<>();

		List<Long> ids() {
			return this.frames.stream().map((frame) -> FanoutTests.this.json.readTree(frame).path("id").longValue()).toList();
		}
	}

	/** An event loop whose tasks a test runs when it chooses. */
	static final class QueuedLoop implements Executor {

		final List<Runnable> tasks = new ArrayList<>();

		@Override
		public void execute(Runnable task) {
			this.tasks.add(task);
		}

		void run() {
			this.tasks.forEach(Runnable::run);
		}
	}

	/** The {@code test:*} policy, counting the questions it is asked. */
	static final class CountingPolicy implements TopicPolicy {

		final List<Set<UUID>> asked = new CopyOnWriteArrayList<>();

		final Set<UUID> excluded = ConcurrentHashMap.newKeySet();

		@Override
		public boolean handles(String topic) {
			return topic.startsWith("test:");
		}

		@Override
		public Mono<Boolean> maySubscribe(Viewer viewer, String topic) {
			return Mono.just(true);
		}

		@Override
		public Flux<UUID> mayReceive(LiveEvent event, Collection<UUID> personIds) {
			this.asked.add(Set.copyOf(personIds));
			return Flux.fromIterable(personIds).filter((person) -> !this.excluded.contains(person));
		}
	}
}
