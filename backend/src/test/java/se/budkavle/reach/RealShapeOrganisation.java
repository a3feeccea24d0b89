package se.budkavle.reach;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import se.budkavle.org.TestDirectory;

/**
 * A generated organisation with the shape of a real municipality: a director and a small staff directly at the top,
 * 14 förvaltningar (each with its director and an assistant), departments with a manager and a small staff, units with
 * their manager, and work groups of 2–15 people; some units have no work groups and hold everyone directly. A fixed
 * seed makes every run the same. Also the one post to everyone the auditor looks at.
 */
final class RealShapeOrganisation {

	static final Instant PUBLISHED = Instant.parse("2026-10-01T08:00:00Z");

	private final Random random = new Random(20_261_205L);

	private final TestDirectory directory = new TestDirectory();

	private int people;

	static String directory() {
		return new RealShapeOrganisation().build().toString();
	}

	private TestDirectory build() {
		this.directory.unit("top", "Staden", "ORGANISATION", null);
		people("top", 1 + this.random.nextInt(4));
		for (int f = 1; f <= 14; f++) {
			String forvaltning = "f" + f;
			this.directory.unit(forvaltning, "Förvaltning " + f, "ADMINISTRATION", "top");
			people(forvaltning, 2);
			for (int d = 1; d <= 2 + this.random.nextInt(2); d++) {
				department(forvaltning, forvaltning + "-d" + d);
			}
		}
		return this.directory;
	}

	private void department(String forvaltning, String id) {
		this.directory.unit(id, "Avdelning " + id, "DEPARTMENT", forvaltning);
		people(id, 1 + this.random.nextInt(3));
		for (int u = 1; u <= 2 + this.random.nextInt(3); u++) {
			String unit = id + "-u" + u;
			this.directory.unit(unit, "Enhet " + unit, "UNIT", id);
			if (this.random.nextInt(4) == 0) {
				people(unit, 4 + this.random.nextInt(30));
				continue;
			}
			people(unit, 1 + this.random.nextInt(2));
			for (int g = 1; g <= 2 + this.random.nextInt(3); g++) {
				String group = unit + "-g" + g;
				this.directory.unit(group, "Grupp " + group, "TEAM", unit);
				people(group, 2 + this.random.nextInt(14));
			}
		}
	}

	private void people(String unit, int count) {
		for (int i = 0; i < count; i++) {
			this.people++;
			this.directory.person("p" + this.people, "Person " + this.people, "Medarbetare", unit);
		}
	}

	/**
	 * Publishes one post to every active person, read by about two thirds and acknowledged by about a third of them.
	 * @param database the database
	 * @return the post's id
	 */
	static Mono<UUID> publishToEveryone(DatabaseClient database) {
		UUID post = UUID.randomUUID();
		return database.sql("""
				insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
				    comments_enabled, ack_required, status, publish_at, published_at, audience_size)
				select :id, min(p.id::text)::uuid, 'Till alla', 'Text', '<p>Text</p>', 'Text', 'NORMAL', 'sv', true, true,
				    'PUBLISHED', :at, :at, count(*)
				from person p where p.active""")
			.bind("id", post)
			.bind("at", PUBLISHED)
			.then()
			.then(database.sql("""
					insert into post_audience (post_id, person_id, unit_id)
					select :post, m.person_id, m.unit_id
					from membership m join person p on p.id = m.person_id
					where m.is_primary and p.active""").bind("post", post).then())
			.then(database.sql("""
					insert into post_read (post_id, person_id, first_read_at)
					select post_id, person_id, :at + (abs(hashtext(person_id::text)) % 7200) * interval '1 second'
					from post_audience where post_id = :post and abs(hashtext(person_id::text)) % 3 <> 0""")
				.bind("post", post)
				.bind("at", PUBLISHED)
				.then())
			.then(database.sql("""
					insert into acknowledgement (post_id, person_id, acknowledged_at)
					select post_id, person_id, :at + interval '3 hours'
					from post_audience where post_id = :post and abs(hashtext(person_id::text)) % 3 = 1""")
				.bind("post", post)
				.bind("at", PUBLISHED)
				.then())
			.thenReturn(post);
	}
}
