package se.budkavle.identity;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The demo personas and the units around them, written straight into the organisation tables: enough to sign people
 * in and ask who they are. External ids and e-mail domain are chosen per test so the slice never collides with an
 * organisation the application seeds itself.
 */
final class TestOrganisation {

	// unit key | name | kind | parent key
	private static final String[] UNITS = { "stad|Stockholms stad|ORGANISATION|",
			"hsf|Hägersten-Älvsjö stadsdelsförvaltning|ADMINISTRATION|stad", "hsf-aldre|Äldreomsorg|DEPARTMENT|hsf",
			"hsf-aldre-hemtjanst-syd|Hemtjänst Syd|UNIT|hsf-aldre", "hsf-forskola|Förskola|DEPARTMENT|hsf",
			"hsf-forskola-solrosen|Förskolan Solrosen|UNIT|hsf-forskola",
			"hsf-adm|Administration|DEPARTMENT|hsf" };

	// person key | name | e-mail local part | unit key | manages the unit | active
	private static final String[] PEOPLE = { "director|Karin Lindqvist|karin.lindqvist|hsf|true|true",
			"avdelning-manager|Anders Berg|anders.berg|hsf-aldre|true|true",
			"enhet-manager|Maria Holm|maria.holm|hsf-aldre-hemtjanst-syd|true|true",
			"employee|Ahmed Hassan|ahmed.hassan|hsf-aldre-hemtjanst-syd|false|true",
			"colleague|Sofia Nilsson|sofia.nilsson|hsf-aldre-hemtjanst-syd|false|true",
			// five in Hemtjänst Syd, so that an anonymous question from there stays with its manager
			"syd-3|Elin Andersson|elin.andersson|hsf-aldre-hemtjanst-syd|false|true",
			"syd-4|Omar Ali|omar.ali|hsf-aldre-hemtjanst-syd|false|true",
			"outsider|Johan Ek|johan.ek|hsf-forskola-solrosen|false|true",
			"communicator|Lena Sjöberg|lena.sjoberg|hsf-adm|false|true",
			"hr|Peter Wikström|peter.wikstrom|hsf-adm|false|true", "admin|Nora Lund|nora.lund|hsf-adm|false|true",
			"registrator|Birgitta Holmgren|birgitta.holmgren|hsf-adm|false|true",
			"former|Former Employee|former.employee|hsf-adm|false|false" };

	private static final Map<String, String> LOCAL_PARTS = Arrays.stream(PEOPLE)
		.map((line) -> line.split("\\|"))
		.collect(Collectors.toUnmodifiableMap((person) -> person[0], (person) -> person[2]));

	private final String prefix;

	private final String domain;

	/**
	 * @param prefix put before every unit and person key to make the external ids
	 * @param domain the e-mail domain
	 */
	TestOrganisation(String prefix, String domain) {
		this.prefix = prefix;
		this.domain = domain;
	}

	/** The slice used by tests that run in demo mode next to whatever the demo seeds. */
	static TestOrganisation inTests() {
		return new TestOrganisation("test-", "test.budkavle.se");
	}

	String email(String key) {
		return LOCAL_PARTS.get(key) + "@" + this.domain;
	}

	String externalId(String key) {
		return this.prefix + key;
	}

	/** Writes the slice once; later calls (from other test classes sharing the database) change nothing. */
	Mono<Void> ensure(DatabaseClient database) {
		return Flux.fromArray(UNITS)
			.concatMap((line) -> unit(database, line.split("\\|", -1)))
			.then(closure(database))
			.thenMany(Flux.fromArray(PEOPLE).concatMap((line) -> person(database, line.split("\\|", -1))))
			.then(subtreeMembers(database))
			.then();
	}

	Mono<UUID> unitId(DatabaseClient database, String key) {
		return database.sql("select id from unit where external_id = :id")
			.bind("id", this.prefix + key)
			.map((row) -> row.get(0, UUID.class))
			.one();
	}

	Mono<UUID> personId(DatabaseClient database, String key) {
		return database.sql("select id from person where external_id = :id")
			.bind("id", externalId(key))
			.map((row) -> row.get(0, UUID.class))
			.one();
	}

	private Mono<Long> unit(DatabaseClient database, String[] unit) {
		return database.sql("""
				insert into unit (external_id, name, kind, parent_id)
				values (:externalId, :name, :kind, (select id from unit where external_id = :parent))
				on conflict do nothing""")
			.bind("externalId", this.prefix + unit[0])
			.bind("name", unit[1])
			.bind("kind", unit[2])
			.bind("parent", this.prefix + unit[3])
			.fetch()
			.rowsUpdated();
	}

	private static Mono<Long> closure(DatabaseClient database) {
		return database.sql("""
				insert into unit_closure (ancestor_id, descendant_id, depth)
				with recursive c (ancestor_id, descendant_id, depth) as (
					select id, id, 0 from unit
					union all
					select u.parent_id, c.descendant_id, c.depth + 1 from c join unit u on u.id = c.ancestor_id
					where u.parent_id is not null)
				select ancestor_id, descendant_id, depth from c
				on conflict do nothing""").fetch().rowsUpdated();
	}

	/** The organisation's read model of who is under each unit, as the directory import keeps it. */
	private static Mono<Long> subtreeMembers(DatabaseClient database) {
		return database.sql("""
				insert into subtree_member (ancestor_id, display_name, person_id)
				select distinct c.ancestor_id, p.display_name, p.id
				from unit_closure c join membership m on m.unit_id = c.descendant_id join person p on p.id = m.person_id
				where p.active
				on conflict do nothing""").fetch().rowsUpdated();
	}

	private Mono<Long> person(DatabaseClient database, String[] person) {
		return database.sql("""
				with p as (
					insert into person (external_id, display_name, email, active)
					values (:externalId, :name, :email, :active)
					on conflict do nothing returning id),
				m as (
					insert into membership (unit_id, person_id, is_primary)
					select u.id, p.id, true from p, unit u where u.external_id = :unit)
				insert into unit_manager (unit_id, person_id)
				select u.id, p.id from p, unit u where u.external_id = :unit and :manager""")
			.bind("externalId", externalId(person[0]))
			.bind("name", person[1])
			.bind("email", person[2] + "@" + this.domain)
			.bind("unit", this.prefix + person[3])
			.bind("manager", Boolean.parseBoolean(person[4]))
			.bind("active", Boolean.parseBoolean(person[5]))
			.fetch()
			.rowsUpdated();
	}
}
