package se.budkavle.platform.web;

import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Test support that every test context picks up: the tests' {@link WebTestClient} asks the hub to close each connection
 * after its answer.
 * <p>
 * Reactor Netty 1.3.6, the server under Spring Boot 4.0.7, can stop reading an HTTP/1.1 keep-alive connection when the
 * next request arrives before the previous exchange has fully ended (reactor/reactor-netty#4361; see also #4347). The
 * request then waits until the client gives up: the tests met it as a 20–60 s stall every few runs, right after a quick
 * answer such as a 401. A fresh connection per request keeps them out of that race; the hub itself stays on keep-alive,
 * and the README's known issues say what would fix it.
 */
@Component
class OneRequestPerConnection implements WebTestClientBuilderCustomizer {

	@Override
	public void customize(WebTestClient.Builder builder) {
		builder.defaultHeader(HttpHeaders.CONNECTION, "close");
	}
}
