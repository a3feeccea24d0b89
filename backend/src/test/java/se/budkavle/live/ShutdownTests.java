package se.budkavle.live;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.socket.CloseStatus;

import reactor.core.publisher.Mono;
import se.budkavle.BudkavleApplication;
import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown with widgets connected: live sockets are closed with 1001 "going away" as shutdown starts, a request in
 * flight still gets its answer, and the hub is gone within 5 s although a socket was open.
 */
class ShutdownTests {

	@Test
	void socketsGoAwayWith1001AndTheHubStopsWithin5SecondsAfterAnsweringTheRequestInFlight() throws Exception {
		ConfigurableApplicationContext hub = start();
		int port = hub.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		Person person = LivePeople.person(hub.getBean(org.springframework.r2dbc.core.DatabaseClient.class), "Sara Stäng")
			.block(LiveClient.WAIT);
		String token = LivePeople.token(hub.getBean(DemoTokens.class), person);
		try (LiveClient socket = LiveClient.signedIn(port, token)) {
			SlowRequest slow = hub.getBean(SlowRequest.class);
			CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
				.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + SlowRequest.PATH))
					.header("Authorization", "Bearer " + token)
					.timeout(Duration.ofSeconds(60))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(slow.started.await(60, TimeUnit.SECONDS)).as("the slow request reached the hub").isTrue();

			long started = System.nanoTime();
			hub.close();
			Duration took = Duration.ofNanos(System.nanoTime() - started);

			assertThat(socket.closeStatus()).isEqualTo(new CloseStatus(1001, "going away"));
			HttpResponse<String> answer = inFlight.get(60, TimeUnit.SECONDS);
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).isEqualTo("done");
			assertThat(took).isLessThan(Duration.ofSeconds(5));
		}
	}

	/** The hub on a database of its own on the test JVM's shared PostgreSQL (SharedTestDatabase). */
	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BudkavleApplication.class, SlowRequest.class).run("--server.port=0",
				"--budkavle.demo.seed=false", "--budkavle.jobs.enabled=false");
	}

	/** A request that takes a second to answer, so that it is still in flight when shutdown starts. */
	@RestController
	static class SlowRequest {

		static final String PATH = "/api/v1/test/slow";

		final CountDownLatch started = new CountDownLatch(1);

		@GetMapping(PATH)
		Mono<String> slow() {
			this.started.countDown();
			return Mono.delay(Duration.ofSeconds(1)).thenReturn("done");
		}
	}
}
