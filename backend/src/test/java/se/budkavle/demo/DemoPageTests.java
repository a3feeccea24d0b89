package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoPageTests {

	@Autowired
	WebTestClient client;

	@Test
	void servesTheDemoIntranetWithThePersonaSwitcherAndTheFirstWidget() {
		String page = html("/");
		assertThat(page).contains("<html lang=\"sv\">", "Insidan", "– Hägersten-Älvsjö",
				"<label for=\"persona\">Visa som</label>", "<select id=\"persona\"", "<bk-me></bk-me>",
				"<script type=\"module\" src=\"/widgets/budkavle.js\"></script>", "påhittade", "<main",
				"<nav", "<header", "<footer");
	}

	@Test
	void showsTheNewsWidgetsEachInALabelledSection() {
		String page = html("/");
		assertThat(page).contains("<bk-news-feed id=\"news-feed\" heading-level=\"3\"></bk-news-feed>",
				"<bk-post id=\"post\" heading-level=\"3\"></bk-post>",
				"<bk-compose id=\"compose\" heading-level=\"3\"></bk-compose>",
				"<bk-ack-progress id=\"ack-progress\" heading-level=\"3\"></bk-ack-progress>",
				"<bk-notifications id=\"notifications\" heading-level=\"3\"></bk-notifications>",
				"aria-labelledby=\"feed-heading\"", "aria-labelledby=\"post-heading\" hidden",
				"aria-labelledby=\"compose-heading\" hidden", "aria-labelledby=\"ack-heading\" hidden",
				"aria-labelledby=\"notifications-heading\"");
	}

	@Test
	void servesTheSwitcherScriptThatRemembersThePersonaAndRenewsTokens() {
		String script = this.client.get().uri("/demo/assets/insidan.js")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(script).contains("/demo/personas", "/demo/token", "localStorage", "bk-token-expired",
				"window.Budkavle", "bk-open-post", "/acknowledgements", "showNewsFor");
		this.client.get().uri("/demo/assets/insidan.css").exchange().expectStatus().isOk();
	}

	@Test
	void servesTheAccessibilityStatementWithAContactAddress() {
		assertThat(html("/accessibility")).contains("<html lang=\"sv\">", "<h1>Tillgänglighetsredogörelse</h1>",
				"lagen (2018:1937) om tillgänglighet till digital offentlig service",
				"mailto:tillganglighet@demo.budkavle.se", "https://www.digg.se/tdosanmalan");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/", "/accessibility" })
	void everyPageCarriesAStrictContentSecurityPolicyAndAnOpenerPolicy(String path) {
		this.client.get()
			.uri(path)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.value("Content-Security-Policy", (csp) -> assertThat(csp).contains("default-src 'none'")
				.contains("script-src 'self';")
				.doesNotContain("unsafe-eval")
				.contains("img-src 'self' data:;")
				.contains("frame-ancestors 'self'"))
			.expectHeader()
			.valueEquals("Cross-Origin-Opener-Policy", "same-origin");
	}

	@org.junit.jupiter.api.Test
	void noPageHoldsAnInlineScript() {
		for (String path : new String[] { "/", "/accessibility" }) {
			assertThat(html(path)).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
		}
	}

	private String html(String path) {
		return this.client.get().uri(path)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}
}
