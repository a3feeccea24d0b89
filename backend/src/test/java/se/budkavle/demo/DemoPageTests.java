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
	void showsEveryWidgetEachInALabelledSection() {
		String page = html("/");
		assertThat(page).contains("<bk-news-feed id=\"news-feed\" heading-level=\"3\"></bk-news-feed>",
				"<bk-post id=\"post\" heading-level=\"3\"></bk-post>", "<bk-comments id=\"comments\"></bk-comments>",
				"<bk-compose id=\"compose\" heading-level=\"4\"></bk-compose>",
				"<bk-ack-progress id=\"ack-progress\" heading-level=\"3\"></bk-ack-progress>",
				"<bk-notifications id=\"notifications\" heading-level=\"3\"></bk-notifications>",
				"<bk-ask-manager id=\"ask-manager\" heading-level=\"3\"></bk-ask-manager>",
				"<bk-question-inbox id=\"question-inbox\" heading-level=\"4\"></bk-question-inbox>",
				"<bk-reach-dashboard id=\"reach-dashboard\"></bk-reach-dashboard>",
				"<bk-directory-import id=\"directory-import\"></bk-directory-import>",
				"<bk-directory-sync id=\"directory-sync\"></bk-directory-sync>", "<bk-roles id=\"roles\"></bk-roles>",
				"<bk-cascade-inbox id=\"cascade-inbox\" heading-level=\"4\"></bk-cascade-inbox>",
				"<bk-cascade-tracker id=\"cascade-tracker\" heading-level=\"4\"></bk-cascade-tracker>",
				"<bk-cascade-compose id=\"cascade-compose\" heading-level=\"4\"></bk-cascade-compose>",
				"aria-labelledby=\"roles-heading\"", "aria-labelledby=\"feed-heading\"",
				"id=\"post-section\" hidden", "id=\"manager-tools\" hidden", "id=\"reach-section\"",
				"id=\"admin-section\" hidden", "aria-labelledby=\"ack-heading\" hidden",
				"aria-labelledby=\"notifications-heading\"", "aria-labelledby=\"ask-heading\"");
	}

	@Test
	void showsTheRecordsToolsInTheirOwnSectionOnlyToTheRecordsRole() {
		String page = html("/");
		assertThat(page).contains("<div class=\"page-section\" id=\"records-section\" hidden>",
				"<bk-records-search id=\"records-search\" heading-level=\"4\"></bk-records-search>",
				"<bk-audit-log id=\"audit-log\" heading-level=\"4\"></bk-audit-log>",
				"aria-labelledby=\"records-search-heading\"", "aria-labelledby=\"audit-log-heading\"",
				"<li data-for=\"records-section\" hidden><a href=\"#records-section\">Registratur</a></li>");
		String section = page.substring(page.indexOf("id=\"records-section\""), page.indexOf("<aside"));
		assertThat(section.indexOf("<bk-records-search")).isLessThan(section.indexOf("<bk-audit-log"));
		String script = this.client.get().uri("/demo/assets/insidan.js")
			.exchange()
			.expectStatus().isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(script).contains("getElementById('records-section')", "records: roles.includes('records')",
				"recordsSection.hidden = !records");
	}

	@Test
	void putsTheNewsFirstAndCarriesNoInlineScript() {
		String page = html("/");
		assertThat(page.indexOf("<bk-news-feed")).isLessThan(page.indexOf("<bk-notifications"))
			.isLessThan(page.indexOf("<bk-me"));
		assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContainPattern("\\son[a-z]+=");
	}

	@Test
	void servesAFavicon() {
		assertThat(html("/")).contains("<link rel=\"icon\" href=\"/demo/assets/favicon.svg\"");
		this.client.get().uri("/demo/assets/favicon.svg").exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith("image/svg+xml");
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
				"window.Budkavle", "bk-open-post", "/acknowledgements", "showNewsFor", "showTools");
		this.client.get().uri("/demo/assets/insidan.css").exchange().expectStatus().isOk();
	}

	@Test
	void servesTheAccessibilityStatementWithAContactAddress() {
		assertThat(html("/accessibility")).contains("<html lang=\"sv\">", "<h1>Tillgänglighetsredogörelse</h1>",
				"lagen (2018:1937) om tillgänglighet till digital offentlig service",
				"mailto:tillganglighet@demo.budkavle.se", "https://www.digg.se/tdosanmalan");
	}

	@Test
	void bothPublicPagesShowTheirOwnTitleInOneFrameThatLinksToTheOther() {
		assertThat(html("/accessibility")).contains("<title>Tillgänglighetsredogörelse – Budkavle</title>",
				"class=\"skip-link\"", "href=\"/privacy\"")
			.doesNotContain("{{");
		assertThat(html("/privacy")).contains(
				"<title>Allmänna handlingar och personuppgifter – Budkavle</title>",
				"<h1>Allmänna handlingar och personuppgifter</h1>", "class=\"skip-link\"", "href=\"/accessibility\"")
			.doesNotContain("{{");
	}

	@Test
	void thePrivacyNoticeSaysHowLongEachKindOfDataIsKeptAsConfigured() {
		assertThat(html("/privacy")).contains(
				"<li>Kommentarer gallras 730 dagar efter att nyheten de hör till har slutat visas eller återkallats "
						+ "(beslut: KF 2026-05-12 §14).</li>",
				"<li>Aviseringar i Budkavle gallras 90 dagar efter att de skapades (beslut: KF 2026-05-12 §14).</li>",
				"görs om till antal per enhet 365 dagar");
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "/", "/accessibility", "/privacy" })
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
		for (String path : new String[] { "/", "/accessibility", "/privacy" }) {
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
