package se.budkavle.records.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPageRoutesTests {

	private final Map<String, Integer> reads = new ConcurrentHashMap<>();

	@Test
	void thePagesFilesAreReadOnceAtStartNotOnEveryRequest() {
		Function<String, String> counting = (location) -> {
			this.reads.merge(location, 1, Integer::sum);
			return text(location);
		};
		WebTestClient client = WebTestClient.bindToRouterFunction(PublicPageRoutes.routes(counting,
				new PublicPagesProperties("Testförvaltningen", "a11y@example.se", "reg@example.se", "'self'"),
				"<li>kommentarer</li>"))
			.build();
		Map<String, Integer> atStart = Map.copyOf(this.reads);

		for (int i = 0; i < 3; i++) {
			client.get().uri("/accessibility").exchange().expectStatus().isOk();
			client.get()
				.uri("/privacy")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((html) -> assertThat(html).contains("Testförvaltningen").contains("<li>kommentarer</li>"));
		}

		assertThat(atStart).containsOnlyKeys("public-pages/accessibility.html", "public-pages/privacy.html",
				"public-pages/page.html");
		assertThat(this.reads).isEqualTo(atStart);
	}

	private static String text(String location) {
		try {
			return new ClassPathResource(location).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
