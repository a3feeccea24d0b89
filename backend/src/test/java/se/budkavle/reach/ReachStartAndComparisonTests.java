package se.budkavle.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;

/**
 * The reach dashboard's ground: where a viewer's figures start (the top of their scope), the units they may pick by
 * name with their paths, and the posts of a period compared within a unit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class ReachStartAndComparisonTests {

	private static final String PERIOD = "from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z";

	@Autowired
	private WebTestClient client;

	@Autowired
	private DatabaseClient database;

	private ReachFixture fixture;

	@BeforeEach
	void organisation(@Autowired Organisation organisation, @Autowired DemoTokens tokens,
			@Autowired DirectoryImports imports) {
		this.fixture = new ReachFixture(this.database, organisation, tokens);
		this.fixture.create(imports).block();
	}

	@AfterEach
	void withdrawGrants() {
		this.database.sql("delete from role_grant where person_id in (select id from person where external_id like 'reach-%')")
			.then()
			.block();
	}

	@Test
	void theFiguresStartAtTheTopOfTheViewersScope() {
		grantHr("asen");
		assertThat(start(this.fixture.token("hr"))).isEqualTo("Avdelning Åsen");
		assertThat(start(this.fixture.token("avdchef"))).isEqualTo("Avdelning Åsen");
		assertThat(start(this.fixture.token("backen-1"))).isEqualTo("Bäcken");
		get(this.fixture.token("angen-1"), "/api/v1/reach/units").expectStatus().isForbidden();
	}

	@Test
	void unitsArePickedByNameWithinTheViewersScopeEachWithItsPathFromTheTopOfTheScope() {
		grantHr("asen");
		String hr = this.fixture.token("hr");
		List<Map<?, ?>> units = choices(hr, "ngen");
		assertThat(units).extracting((unit) -> (String) unit.get("name")).containsExactly("Ängen");
		assertThat(names((List<?>) units.get(0).get("path"))).containsExactly("Avdelning Åsen");
		assertThat(choices(hr, "Bäcken")).isEmpty();
		assertThat(choices(hr, "")).extracting((unit) -> (String) unit.get("name"))
			.containsExactly("Avdelning Åsen", "Älven", "Ängen", "Ödet");

		// Other tests' organisations share the database: pick this fixture's Ängen by its id.
		Map<?, ?> angen = choices(this.fixture.token("hr", Role.HR), "Ängen").stream()
			.filter((unit) -> this.fixture.unit("angen").toString().equals(unit.get("id")))
			.findFirst()
			.orElseThrow();
		assertThat(names((List<?>) angen.get("path"))).containsExactly("Staden", "Förvaltningen", "Avdelning Åsen");
	}

	@Test
	void thePostsOfAPeriodAreComparedWithTheFiguresEachPostsOwnReachViewShows() {
		UUID second = secondPostToBacken();
		String hr = this.fixture.token("hr", Role.HR);
		Map<?, ?> comparison = get(hr, "/api/v1/reach/units/" + this.fixture.unit("forv") + "/posts?" + PERIOD)
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		List<?> posts = (List<?>) comparison.get("posts");
		assertThat(posts).extracting((post) -> (String) ((Map<?, ?>) post).get("title"))
			.containsExactly("Julfest för Bäcken", "Ny rutin för nycklar");
		Map<?, ?> own = get(hr, "/api/v1/reach/posts/" + this.fixture.post() + "?unitId=" + this.fixture.unit("forv"))
			.expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
		Map<?, ?> keys = (Map<?, ?>) posts.get(1);
		assertThat(keys.get("figures")).isEqualTo(own.get("total"));
		assertThat(keys.get("withheld")).isEqualTo(!((List<?>) own.get("withheldUnits")).isEmpty());
		Map<?, ?> party = (Map<?, ?>) posts.get(0);
		assertThat(party.get("postId")).isEqualTo(second.toString());
		assertThat(((Map<?, ?>) party.get("figures")).get("audience")).isEqualTo(10);
		assertThat(((Map<?, ?>) party.get("figures")).get("readers")).isEqualTo(0);
	}

	@Test
	void aPostsFiguresInASmallUnitAreNotShownInTheComparisonAndOthersUnitsAreRefused() {
		String hr = this.fixture.token("hr", Role.HR);
		get(hr, "/api/v1/reach/units/" + this.fixture.unit("cirkeln") + "/posts?" + PERIOD).expectStatus().isOk()
			.expectBody()
			.jsonPath("$.posts[0].suppressed").isEqualTo(true)
			.jsonPath("$.posts[0].figures").doesNotExist();
		get(this.fixture.token("backen-1"), "/api/v1/reach/units/" + this.fixture.unit("forv") + "/posts?" + PERIOD)
			.expectStatus().isForbidden();
		get(hr, "/api/v1/reach/units/" + this.fixture.unit("forv") + "/posts?from=2026-11-01T00:00:00Z&to=2026-09-01T00:00:00Z")
			.expectStatus().isEqualTo(422);
	}

	private void grantHr(String unitKey) {
		this.database.sql("insert into role_grant (person_id, role, unit_id) values"
				+ " ((select id from person where external_id = 'reach-hr'), 'HR', :unit)")
			.bind("unit", this.fixture.unit(unitKey))
			.then()
			.block();
	}

	private UUID secondPostToBacken() {
		UUID id = UUID.randomUUID();
		this.database.sql("""
				insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
				    comments_enabled, ack_required, status, publish_at, published_at, audience_size)
				select :id, author_id, 'Julfest för Bäcken', 'Text', '<p>Text</p>', 'Text', 'NORMAL', 'sv', true, false,
				    'PUBLISHED', published_at + interval '1 day', published_at + interval '1 day', 10
				from post where id = :first""").bind("id", id).bind("first", this.fixture.post()).then().block();
		this.database.sql("""
				insert into post_audience (post_id, person_id, unit_id)
				select :id, m.person_id, m.unit_id from membership m join unit u on u.id = m.unit_id
				where u.external_id = 'reach-backen' and m.is_primary""").bind("id", id).then().block();
		return id;
	}

	private String start(String token) {
		Map<?, ?> answer = get(token, "/api/v1/reach/units?limit=0").expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		return (String) ((Map<?, ?>) answer.get("start")).get("name");
	}

	@SuppressWarnings("unchecked")
	private List<Map<?, ?>> choices(String token, String text) {
		Map<?, ?> answer = get(token, "/api/v1/reach/units?q=" + text).expectStatus().isOk().expectBody(Map.class)
			.returnResult().getResponseBody();
		return (List<Map<?, ?>>) answer.get("units");
	}

	private static List<String> names(List<?> labels) {
		return labels.stream().map((label) -> (String) ((Map<?, ?>) label).get("name")).toList();
	}

	private WebTestClient.ResponseSpec get(String token, String uri) {
		return this.client.get().uri(uri).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}
}
