package se.budkavle.news;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTests extends NewsApiSupport {

	@Test
	void aManagersPostReachesTheEnhetButNotTheOutsiderWhileTheAvdelningManagerCanReadIt() {
		UUID post = publish("enhet-manager", "Nytt schema", ENHET);
		assertThat(feedTitles("employee")).containsExactly("Nytt schema");
		assertThat(feedTitles("colleague")).containsExactly("Nytt schema");
		assertThat(feedTitles("outsider")).isEmpty();
		get("outsider", "/api/v1/posts/" + post).exchange()
			.expectStatus().isNotFound()
			.expectBody().jsonPath("$.type").isEqualTo("urn:budkavle:problem:post-not-found");
		get("avdelning-manager", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.title").isEqualTo("Nytt schema")
			.jsonPath("$.permissions.withdraw").isEqualTo(true)
			.jsonPath("$.permissions.edit").isEqualTo(false);
	}

	@Test
	void theAuthorIsNotTheirOwnAudienceSoTheirPostIsNeitherUnreadForThemNorCountedAsRead() {
		UUID post = publish("enhet-manager", "Nytt schema", ENHET);
		assertThat(feedTitles("enhet-manager")).as("no unread item of their own in the author's feed").isEmpty();
		get("enhet-manager", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.audienceSize").isEqualTo(3)
			.jsonPath("$.permissions.edit").isEqualTo(true);
		assertThat(count("select count(*) from post_audience where person_id = '" + this.organisation.person("enhet-manager")
				+ "'")).isZero();
		assertThat(count("select count(*) from post_read")).as("the author's own opening is no read").isZero();
	}

	@Test
	void communicatorsHrAdminsAndTheDirectorCanReadAPostOutsideTheirAudience() {
		UUID post = publish("enhet-manager", "Nytt schema", ENHET);
		for (String key : List.of("communicator", "hr", "admin", "director")) {
			get(key, "/api/v1/posts/" + post).exchange().expectStatus().isOk();
		}
		assertThat(count("select count(*) from post_read")).as("only the audience's reads are kept").isZero();
	}

	@Test
	void theFirstReadIsKeptAndLaterReadsChangeNothing() {
		UUID post = publish("enhet-manager", "Nytt schema", ENHET);
		get("employee", "/api/v1/posts/" + post).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("ETag", "\"1\"")
			.expectBody()
			.jsonPath("$.read").isEqualTo(true)
			.jsonPath("$.html").value((html) -> assertThat((String) html).contains("<strong>alla</strong>"))
			.jsonPath("$.body").doesNotExist()
			.jsonPath("$.targets[0].name").isEqualTo("Hemtjänst Syd")
			.jsonPath("$.audienceSize").isEqualTo(3)
			.jsonPath("$.author.displayName").isEqualTo("Maria Holm")
			.jsonPath("$.permissions.edit").isEqualTo(false);
		Instant first = this.clock.instant();
		this.clock.advance(Duration.ofHours(1));
		get("employee", "/api/v1/posts/" + post).exchange().expectStatus().isOk();
		assertThat(count("select count(*) from post_read")).isOne();
		assertThat(count("select extract(epoch from first_read_at)::bigint from post_read"))
			.isEqualTo(first.getEpochSecond());
	}

	@Test
	void aPostThatDoesNotExistIsNotFound() {
		get("employee", "/api/v1/posts/" + UUID.randomUUID()).exchange().expectStatus().isNotFound();
		get("employee", "/api/v1/posts/not-a-uuid").exchange().expectStatus().isBadRequest();
	}

	@Test
	void importantUnreadPostsComeFirstThenTheNewest() {
		publish("enhet-manager", "Äldst", ENHET);
		this.clock.advance(Duration.ofMinutes(1));
		var important = body("Viktigt", ENHET);
		important.put("priority", "IMPORTANT");
		UUID viktigt = publish("enhet-manager", important);
		this.clock.advance(Duration.ofMinutes(1));
		publish("enhet-manager", "Nyast", ENHET);
		assertThat(feedTitles("employee")).containsExactly("Viktigt", "Nyast", "Äldst");
		get("employee", "/api/v1/posts/" + viktigt).exchange().expectStatus().isOk();
		assertThat(feedTitles("employee")).containsExactly("Nyast", "Viktigt", "Äldst");
		assertThat(feedTitles("colleague")).containsExactly("Viktigt", "Nyast", "Äldst");
	}

	@Test
	void theFeedPagesWithACursor() {
		for (int i = 1; i <= 5; i++) {
			var body = body("Nyhet " + i, ENHET);
			body.put("priority", (i == 2) ? "IMPORTANT" : "NORMAL");
			publish("enhet-manager", body);
			this.clock.advance(Duration.ofMinutes(1));
		}
		Map<?, ?> first = page("/api/v1/feed?limit=2");
		assertThat(titles(first)).containsExactly("Nyhet 2", "Nyhet 5");
		Map<?, ?> second = page("/api/v1/feed?limit=2&after=" + first.get("next"));
		assertThat(titles(second)).containsExactly("Nyhet 4", "Nyhet 3");
		Map<?, ?> third = page("/api/v1/feed?limit=2&after=" + second.get("next"));
		assertThat(titles(third)).containsExactly("Nyhet 1");
		assertThat(third.get("next")).isNull();
		get("employee", "/api/v1/feed?limit=101").exchange().expectStatus().isBadRequest();
		get("employee", "/api/v1/feed?after=bm9wZQ").exchange().expectStatus().isBadRequest();
	}

	@Test
	void feedItemsCarryAuthorUnitsAcknowledgementReadAndCommentCount(@org.springframework.beans.factory.annotation.Autowired Posts posts) {
		var body = body("Kvittera", ENHET, "hsf-forskola");
		body.put("acknowledgement", Map.of("required", true, "deadline", iso(this.clock.instant().plus(Duration.ofDays(3)))));
		UUID post = publish("communicator", body);
		Instant acknowledged = this.clock.instant().plusSeconds(5);
		this.database.sql("insert into acknowledgement values (:post, :person, :at)")
			.bind("post", post).bind("person", this.organisation.person("employee")).bind("at", acknowledged)
			.then().block();
		posts.commentCountChanged(post, 2).block();
		get("employee", "/api/v1/feed").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.items[0].id").isEqualTo(post.toString())
			.jsonPath("$.items[0].excerpt").isEqualTo("Hej alla! Läs mer på https://stad.se.")
			.jsonPath("$.items[0].author.displayName").isEqualTo("Lena Sjöberg")
			.jsonPath("$.items[0].author.jobTitle").isEqualTo("Kommunikatör")
			.jsonPath("$.items[0].units").isEqualTo(List.of("Förskola", "Hemtjänst Syd"))
			.jsonPath("$.items[0].priority").isEqualTo("NORMAL")
			.jsonPath("$.items[0].acknowledgement.required").isEqualTo(true)
			.jsonPath("$.items[0].acknowledgement.acknowledgedAt").isEqualTo(acknowledged.toString())
			.jsonPath("$.items[0].read").isEqualTo(false)
			.jsonPath("$.items[0].commentCount").isEqualTo(2)
			.jsonPath("$.next").isEmpty();
		get("colleague", "/api/v1/feed").exchange()
			.expectBody().jsonPath("$.items[0].acknowledgement.acknowledgedAt").isEmpty();
	}

	@Test
	void aReorganisationAfterPublicationDoesNotChangeTheAudience() {
		UUID post = publish("enhet-manager", "Före omorganisationen", ENHET);
		var reorganised = NewsOrganisation.directory()
			.person("demo-colleague", "Sofia Nilsson", "Undersköterska", "hsf-forskola-solrosen")
			.person("demo-newcomer", "Nina Ny", "Undersköterska", ENHET);
		this.imports.applyFile(reorganised.toString(), "test", null).block();
		assertThat(count("select count(*) from post_audience where post_id = '" + post + "'")).isEqualTo(3);
		assertThat(count("select count(*) from post_audience a join unit u on u.id = a.unit_id where u.external_id = '"
				+ ENHET + "' and a.person_id = '" + this.organisation.person("colleague") + "'")).isOne();
		assertThat(feedTitles("colleague")).containsExactly("Före omorganisationen");
		get("colleague", "/api/v1/posts/" + post).exchange().expectStatus().isOk();
		assertThat(feedTitles("newcomer")).isEmpty();
		get("newcomer", "/api/v1/posts/" + post).exchange().expectStatus().isNotFound();
		get("colleague", "/api/v1/posts/" + post).exchange().expectBody().jsonPath("$.audienceSize").isEqualTo(3);
	}

	private Map<?, ?> page(String uri) {
		return get("employee", uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
	}

	private static List<String> titles(Map<?, ?> page) {
		return ((List<?>) page.get("items")).stream().map((item) -> (String) ((Map<?, ?>) item).get("title")).toList();
	}
}
