package se.budkavle.reach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.DirectoryImports;
import se.budkavle.org.Organisation;
import se.budkavle.org.TestDirectory;

/**
 * A small organisation whose reach figures are worked out by hand, and one post to all of it that asks for
 * acknowledgement.
 *
 * <pre>
 * Staden
 * └─ Förvaltningen: chef, HR, kommunikatör, admin counted here (4; the chef reads)
 *    ├─ Avdelning Åsen: the avdelningschef counted here (1; reads and acknowledges)
 *    │  ├─ Ängen    6 people, 3 read, 2 acknowledge
 *    │  ├─ Ödet     2 people, 1 reads and acknowledges
 *    │  └─ Älven    7 people, 7 read, 5 acknowledge
 *    ├─ Bäcken     10 people, 5 read (one of them manages it)
 *    └─ Cirkeln     3 people, none read
 * </pre>
 *
 * Reads come ten minutes apart from 10 minutes after publication, in this order: Älven's 7, Ängen's 3, Ödet's 1,
 * the avdelningschef, Bäcken's 5, the förvaltningschef (18 reads of 33).
 */
final class ReachFixture {

	static final Instant PUBLISHED = Instant.parse("2026-10-01T08:00:00Z");

	static final String PREFIX = "reach-";

	private static final Map<String, Integer> SIZES = Map.of("angen", 6, "odet", 2, "alven", 7, "backen", 10,
			"cirkeln", 3);

	private final DatabaseClient database;

	private final Organisation organisation;

	private final DemoTokens tokens;

	private final Map<String, UUID> units = new LinkedHashMap<>();

	private final Map<String, UUID> people = new LinkedHashMap<>();

	private UUID post;

	ReachFixture(DatabaseClient database, Organisation organisation, DemoTokens tokens) {
		this.database = database;
		this.organisation = organisation;
		this.tokens = tokens;
	}

	static TestDirectory directory() {
		TestDirectory directory = new TestDirectory().unit(PREFIX + "staden", "Staden", "ORGANISATION", null)
			.unit(PREFIX + "forv", "Förvaltningen", "ADMINISTRATION", PREFIX + "staden")
			.unit(PREFIX + "asen", "Avdelning Åsen", "DEPARTMENT", PREFIX + "forv")
			.unit(PREFIX + "angen", "Ängen", "UNIT", PREFIX + "asen")
			.unit(PREFIX + "odet", "Ödet", "UNIT", PREFIX + "asen")
			.unit(PREFIX + "alven", "Älven", "UNIT", PREFIX + "asen")
			.unit(PREFIX + "backen", "Bäcken", "DEPARTMENT", PREFIX + "forv")
			.unit(PREFIX + "cirkeln", "Cirkeln", "DEPARTMENT", PREFIX + "forv");
		for (String key : List.of("chef", "hr", "kom", "admin")) {
			directory.personWithEmail(PREFIX + key, "Förvaltning " + key, key + "@reach.budkavle.se", "Tjänsteperson",
					PREFIX + "forv");
		}
		directory.personWithEmail(PREFIX + "avdchef", "Åsa Avdelningschef", "avdchef@reach.budkavle.se",
				"Avdelningschef", PREFIX + "asen");
		for (String unit : List.of("angen", "odet", "alven", "backen", "cirkeln")) {
			for (int i = 1; i <= SIZES.get(unit); i++) {
				directory.personWithEmail(PREFIX + unit + "-" + i, "Person " + unit + " " + i,
						unit + "-" + i + "@reach.budkavle.se", "Medarbetare", PREFIX + unit);
			}
		}
		return directory.manager(PREFIX + "forv", PREFIX + "chef", false)
			.manager(PREFIX + "asen", PREFIX + "avdchef", false)
			.manager(PREFIX + "backen", PREFIX + "backen-1", false);
	}

	Mono<Void> create(DirectoryImports imports) {
		return imports.applyFile(directory().toString(), "reach-tests", null)
			.thenMany(this.database.sql("select external_id, id from unit where external_id like 'reach-%'")
				.map((row) -> Map.entry(key(row.get(0, String.class)), row.get(1, UUID.class)))
				.all())
			.doOnNext((entry) -> this.units.put(entry.getKey(), entry.getValue()))
			.thenMany(this.database.sql("select external_id, id from person where external_id like 'reach-%'")
				.map((row) -> Map.entry(key(row.get(0, String.class)), row.get(1, UUID.class)))
				.all())
			.doOnNext((entry) -> this.people.put(entry.getKey(), entry.getValue()))
			.then(Mono.defer(this::publish));
	}

	private static String key(String externalId) {
		return externalId.substring(PREFIX.length());
	}

	private Mono<Void> publish() {
		Mono<Void> earlierQuestions = this.database
			.sql("delete from question where asked_unit_id in (select id from unit where external_id like 'reach-%')")
			.then();
		Mono<Void> earlier = Flux.just("comment", "post_read", "acknowledgement", "post_audience", "post")
			.concatMap((table) -> this.database.sql("delete from " + table + " where "
					+ (table.equals("post") ? "id" : "post_id") + " in (select id from post where author_id = :author)")
				.bind("author", this.people.get("kom"))
				.then())
			.then();
		this.post = UUID.randomUUID();
		Mono<Void> post = this.database.sql("""
				insert into post (id, author_id, title, body_markdown, body_html, excerpt, priority, language,
				    comments_enabled, ack_required, status, publish_at, published_at, audience_size)
				values (:id, :author, 'Ny rutin för nycklar', 'Text', '<p>Text</p>', 'Text', 'NORMAL', 'sv', true,
				    true, 'PUBLISHED', :at, :at, 33)""")
			.bind("id", this.post)
			.bind("author", this.people.get("kom"))
			.bind("at", PUBLISHED)
			.then();
		Mono<Void> audience = this.database.sql("""
				insert into post_audience (post_id, person_id, unit_id)
				select :post, m.person_id, m.unit_id
				from membership m join unit u on u.id = m.unit_id
				where u.external_id like 'reach-%' and m.is_primary""").bind("post", this.post).then();
		return earlierQuestions.then(earlier).then(post).then(audience).then(reads()).then(acknowledgements()).then(dialogue());
	}

	private Mono<Void> reads() {
		List<String> readers = new ArrayList<>();
		range(readers, "alven", 7);
		range(readers, "angen", 3);
		range(readers, "odet", 1);
		readers.add("avdchef");
		range(readers, "backen", 5);
		readers.add("chef");
		return Flux.range(0, readers.size())
			.concatMap((i) -> insert("post_read", "first_read_at", readers.get(i), PUBLISHED.plusSeconds(600L * (i + 1))))
			.then();
	}

	private Mono<Void> acknowledgements() {
		List<String> acknowledged = new ArrayList<>();
		range(acknowledged, "alven", 5);
		range(acknowledged, "angen", 2);
		range(acknowledged, "odet", 1);
		acknowledged.add("avdchef");
		return Flux.fromIterable(acknowledged)
			.concatMap((person) -> insert("acknowledgement", "acknowledged_at", person, PUBLISHED.plusSeconds(7200)))
			.then();
	}

	/**
	 * Six people of Älven comment "Parkeringen vid Älven är full", five of Bäcken "Schemat för julen och
	 * parkeringen"; Bäcken's managers get two questions (one answered after two hours), Cirkeln's one anonymous
	 * question answered after four hours.
	 */
	private Mono<Void> dialogue() {
		Instant day = PUBLISHED.plusSeconds(86400);
		Flux<Void> comments = Flux.concat(Flux.range(1, 6).map((i) -> "alven-" + i + "|Parkeringen vid Älven är full"),
				Flux.range(1, 5).map((i) -> "backen-" + i + "|Schemat för julen och parkeringen"))
			.concatMap((line) -> this.database.sql("""
					insert into comment (post_id, author_id, body, created_at) values (:post, :author, :body, :at)""")
				.bind("post", this.post)
				.bind("author", this.people.get(line.split("\\|")[0]))
				.bind("body", line.split("\\|")[1])
				.bind("at", day)
				.then());
		return comments.then(question("backen", "backen-2", day, 7200L))
			.then(question("backen", "backen-3", day, null))
			.then(question("cirkeln", null, day, 14400L));
	}

	/**
	 * One more open question asked the day after publication.
	 * @param unit the unit it was asked to
	 * @param asker who asked it, or {@code null} for an anonymous question
	 * @param subject its subject (its body is "Vad gäller?")
	 */
	Mono<Void> question(String unit, String asker, String subject) {
		return question(unit, asker, PUBLISHED.plusSeconds(86400), null, subject);
	}

	private Mono<Void> question(String unit, String asker, Instant at, Long answeredAfter) {
		return question(unit, asker, at, answeredAfter, "Lön i december");
	}

	private Mono<Void> question(String unit, String asker, Instant at, Long answeredAfter, String subject) {
		var spec = this.database.sql("""
				insert into question (subject, body, anonymous, asker_id, follow_up_key_hash, visibility, asked_unit_id,
				    unit_id, state, asked_at, answer_due_at, first_answered_at)
				values (:subject, :body, :anonymous, :asker, :key, 'PRIVATE', :unit, :unit,
				    :state, :at, :at, :answered)""")
			.bind("subject", subject)
			.bind("body", subject.equals("Lön i december") ? "När betalas lönen?" : "Vad gäller?")
			.bind("anonymous", asker == null)
			.bind("unit", this.units.get(unit))
			.bind("state", (answeredAfter != null) ? "ANSWERED" : "OPEN")
			.bind("at", at);
		spec = (asker != null) ? spec.bind("asker", this.people.get(asker)).bindNull("key", byte[].class)
				: spec.bindNull("asker", UUID.class).bind("key", UUID.randomUUID().toString().getBytes());
		spec = (answeredAfter != null) ? spec.bind("answered", at.plusSeconds(answeredAfter))
				: spec.bindNull("answered", Instant.class);
		return spec.then();
	}

	private Mono<Void> insert(String table, String column, String person, Instant at) {
		return this.database
			.sql("insert into " + table + " (post_id, person_id, " + column + ") values (:post, :person, :at)")
			.bind("post", this.post)
			.bind("person", this.people.get(person))
			.bind("at", at)
			.then();
	}

	private static void range(List<String> people, String unit, int count) {
		for (int i = 1; i <= count; i++) {
			people.add(unit + "-" + i);
		}
	}

	/** Takes a unit's people out of the post's audience, as if the post had not been sent to them. */
	Mono<Void> removeFromAudience(String unit) {
		return Flux.just("post_read", "acknowledgement", "post_audience")
			.concatMap((table) -> this.database.sql("delete from " + table
					+ " where post_id = :post and person_id in (select person_id from membership where unit_id = :unit)")
				.bind("post", this.post)
				.bind("unit", this.units.get(unit))
				.then())
			.then();
	}

	UUID post() {
		return this.post;
	}

	UUID unit(String key) {
		return this.units.get(key);
	}

	String token(String personKey, Role... roles) {
		return this.organisation.personByExternalId(PREFIX + personKey)
			.map((person) -> this.tokens.issue(person, Set.of(roles)).accessToken())
			.block();
	}
}
