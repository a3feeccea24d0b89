package se.budkavle.identity;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A small slice of the demo organisation written straight into the tables, enough to sign people in and ask who they
 * are: Stockholms stad → Hägersten-Älvsjö → Äldreomsorg → Hemtjänst Syd, and Administration.
 */
final class TestOrganisation {

	static final String DIRECTOR = "karin.lindqvist@demo.budkavle.se";

	static final String AVDELNING_MANAGER = "anders.berg@demo.budkavle.se";

	static final String ENHET_MANAGER = "maria.holm@demo.budkavle.se";

	static final String EMPLOYEE = "ahmed.hassan@demo.budkavle.se";

	static final String ADMIN = "nora.lund@demo.budkavle.se";

	static final String DEACTIVATED = "former.employee@demo.budkavle.se";

	private static final String[] UNITS = { "stad|Stockholms stad|ORGANISATION|",
			"hsf|Hägersten-Älvsjö stadsdelsförvaltning|ADMINISTRATION|stad", "hsf-aldre|Äldreomsorg|DEPARTMENT|hsf",
			"hsf-aldre-hemtjanst-syd|Hemtjänst Syd|UNIT|hsf-aldre", "hsf-adm|Administration|DEPARTMENT|hsf" };

	// external id | name | e-mail | active | unit | manager of the unit
	private static final String[] PEOPLE = { "demo-director|Karin Lindqvist|" + DIRECTOR + "|true|hsf|true",
			"demo-avdelning-manager|Anders Berg|" + AVDELNING_MANAGER + "|true|hsf-aldre|true",
			"demo-enhet-manager|Maria Holm|" + ENHET_MANAGER + "|true|hsf-aldre-hemtjanst-syd|true",
			"demo-employee|Ahmed Hassan|" + EMPLOYEE + "|true|hsf-aldre-hemtjanst-syd|false",
			"demo-admin|Nora Lund|" + ADMIN + "|true|hsf-adm|false",
			"former-employee|Former Employee|" + DEACTIVATED + "|false|hsf-adm|false" };

	private TestOrganisation() {
	}

	/** Writes the slice once; later calls (from other test classes sharing the database) change nothing. */
	static Mono<Void> ensure(DatabaseClient database) {
		return Flux.fromArray(UNITS)
			.concatMap((line) -> unit(database, line.split("\\|", -1)))
			.then(closure(database))
			.thenMany(Flux.fromArray(PEOPLE).concatMap((line) -> person(database, line.split("\\|", -1))))
			.then();
	}

	static Mono<UUID> unitId(DatabaseClient database, String externalId) {
		return database.sql("select id from unit where external_id = :id")
			.bind("id", externalId)
			.map((row) -> row.get(0, UUID.class))
			.one();
	}

	private static Mono<Long> unit(DatabaseClient database, String[] unit) {
		return database.sql("""
				insert into unit (external_id, name, kind, parent_id)
				values (:externalId, :name, :kind, (select id from unit where external_id = :parent))
				on conflict (external_id) do nothing""")
			.bind("externalId", unit[0])
			.bind("name", unit[1])
			.bind("kind", unit[2])
			.bind("parent", unit[3])
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

	private static Mono<Long> person(DatabaseClient database, String[] person) {
		return database.sql("""
				with p as (
					insert into person (external_id, display_name, email, active)
					values (:externalId, :name, :email, :active)
					on conflict (external_id) do nothing returning id),
				m as (
					insert into membership (unit_id, person_id, is_primary)
					select u.id, p.id, true from p, unit u where u.external_id = :unit)
				insert into unit_manager (unit_id, person_id)
				select u.id, p.id from p, unit u where u.external_id = :unit and :manager""")
			.bind("externalId", person[0])
			.bind("name", person[1])
			.bind("email", person[2])
			.bind("active", Boolean.parseBoolean(person[3]))
			.bind("unit", person[4])
			.bind("manager", Boolean.parseBoolean(person[5]))
			.fetch()
			.rowsUpdated();
	}
}
