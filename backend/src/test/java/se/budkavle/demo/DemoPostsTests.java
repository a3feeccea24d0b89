package se.budkavle.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.test.StepVerifier;

import se.budkavle.identity.DemoTokens;
import se.budkavle.org.Organisation;

import static org.assertj.core.api.Assertions.assertThat;

@DemoModeTest
class DemoPostsTests {

	@Autowired
	DemoPosts posts;

	@Autowired
	DatabaseClient database;

	@Test
	void thePersonasHaveNewsAfterStartUpAndRestartsAddNone() {
		assertThat(strings("select a.external_id || ' ' || p.priority || ' ' || p.ack_required || ' ' || t.include_subunits"
				+ " || ' ' || u.external_id from post p join person a on a.id = p.author_id"
				+ " join post_target t on t.post_id = p.id join unit u on u.id = t.unit_id order by a.external_id, p.title"))
			.containsExactly("demo-avdelning-manager NORMAL false true hsf-aldre",
					"demo-communicator IMPORTANT false true hsf",
					"demo-enhet-manager NORMAL true true hsf-aldre-hemtjanst-syd",
					"demo-enhet-manager NORMAL false true hsf-aldre-hemtjanst-syd");
		StepVerifier.create(this.posts.seedIfNone()).expectNext(0L).verifyComplete();
		assertThat(strings("select title from post")).hasSize(4);
		assertThat(strings("select p.title from post p join post_audience a on a.post_id = p.id"
				+ " join person e on e.id = a.person_id where e.external_id = 'demo-employee' order by p.title"))
			.containsExactly("Driftstörning i telefonin", "Nya rutiner för nyckelhantering", DemoImagePost.TITLE,
					"Välkommen till Budkavle");
	}

	@Test
	void oneSamplePostShowsAnUploadedImageToItsReadersAtASignedLink(@Autowired WebTestClient client,
			@Autowired Organisation organisation, @Autowired DemoTokens tokens) {
		String post = strings("select id::text from post where title = '" + DemoImagePost.TITLE + "'").get(0);
		var employee = organisation.personByExternalId("demo-employee").block();
		String html = (String) client.get()
			.uri("/api/v1/posts/{id}", post)
			.headers((headers) -> headers.setBearerAuth(tokens.issue(employee, java.util.Set.of()).accessToken()))
			.exchange()
			.expectStatus().isOk()
			.expectBody(java.util.Map.class).returnResult().getResponseBody().get("html");
		var link = java.util.regex.Pattern.compile("src=\"(/api/v1/attachments/[^\"]+)\"").matcher(html);
		assertThat(link.find()).as(html).isTrue();
		client.get().uri(link.group(1).replace("&amp;", "&")).exchange()
			.expectStatus().isOk()
			.expectHeader().contentType(org.springframework.http.MediaType.IMAGE_PNG);
	}

	@Test
	void theDemoHoldsEnoughDialogueThatReachShowsThemesForTheUnitsThatMayShowThem(@Autowired WebTestClient client,
			@Autowired Organisation organisation, @Autowired DemoTokens tokens) {
		var hr = organisation.personByExternalId(DemoPersonas.HR.externalId()).block();
		String token = tokens.issue(hr, java.util.Set.of(se.budkavle.identity.Role.HR)).accessToken();
		for (String unit : java.util.List.of("hsf-aldre-hemtjanst-syd", "hsf-aldre")) {
			themes(client, organisation, token, unit).jsonPath("$.suppressed")
				.isEqualTo(false)
				.jsonPath("$.themes[*].theme")
				.value((themes) -> assertThat((java.util.List<Object>) themes).as(unit)
					.contains((Object) "brukarna", "mobilen"));
		}
		// The förvaltning and the city have a director and a small staff of their own, so the disclosure rule keeps
		// their texts from being shown whole (docs/disclosure.md).
		for (String unit : java.util.List.of(DemoStructure.ADMINISTRATION_ID, DemoStructure.CITY_ID)) {
			themes(client, organisation, token, unit).jsonPath("$.suppressed").isEqualTo(true);
		}
	}

	private static WebTestClient.BodyContentSpec themes(WebTestClient client, Organisation organisation, String token,
			String unit) {
		return client.get()
			.uri("/api/v1/reach/units/{id}/themes", organisation.unitByExternalId(unit).block().id())
			.headers((headers) -> headers.setBearerAuth(token))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody();
	}

	private java.util.List<String> strings(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, String.class)).all().collectList().block();
	}
}
