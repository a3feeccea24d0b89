package se.budkavle.org;

import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Answers the questions other modules ask of the organisation: who someone is, where they belong, whom they report
 * to and which units they lead.
 */
@Service
public class Organisation {

	private static final String PERSON_COLUMNS = "id, external_id, display_name, email, job_title, active";

	// The chain is the primary unit and its ancestors; the levels up to the highest unit the person leads (as
	// manager, not deputy) are skipped, so a manager's manager is found above their own unit.
	private static final String MANAGER_OF = """
			with chain as (
			    select c.ancestor_id as unit_id, c.depth
			    from membership m join unit_closure c on c.descendant_id = m.unit_id
			    where m.person_id = :personId and m.is_primary
			), own as (
			    select coalesce(max(chain.depth), -1) as depth
			    from chain join unit_manager um on um.unit_id = chain.unit_id
			    where um.person_id = :personId and not um.deputy
			)
			select p.id, p.display_name, p.job_title
			from chain
			join unit_manager um on um.unit_id = chain.unit_id
			join person p on p.id = um.person_id
			where chain.depth > (select depth from own) and p.id <> :personId and p.active
			order by chain.depth, um.deputy, p.display_name, p.id
			limit 1""";

	private final DatabaseClient database;

	Organisation(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * Whether no directory has been applied yet.
	 * @return true when the organisation has no units
	 */
	public Mono<Boolean> isEmpty() {
		return this.database.sql("select not exists (select 1 from unit)").map((row) -> row.get(0, Boolean.class)).one();
	}

	public Mono<Person> person(UUID id) {
		return this.database.sql("select " + PERSON_COLUMNS + " from person where id = :id")
			.bind("id", id)
			.map((row) -> person(row))
			.one();
	}

	/**
	 * Finds a person by e-mail address, ignoring case. An address is unique among active people; when only people
	 * who have left used it, the one who left last is returned.
	 * @param email the address
	 * @return the person, or empty
	 */
	public Mono<Person> personByEmail(String email) {
		return this.database
			.sql("select " + PERSON_COLUMNS
					+ " from person where lower(email) = lower(:email) order by active desc, updated_at desc limit 1")
			.bind("email", email)
			.map((row) -> person(row))
			.one();
	}

	public Mono<Person> personByExternalId(String externalId) {
		return this.database.sql("select " + PERSON_COLUMNS + " from person where external_id = :externalId")
			.bind("externalId", externalId)
			.map((row) -> person(row))
			.one();
	}

	/**
	 * Finds an active unit by the id the directory gives it.
	 * @param externalId the directory's id, e.g. {@code hsf-aldre-hemtjanst-syd}
	 * @return the unit, or empty
	 */
	public Mono<UnitRef> unitByExternalId(String externalId) {
		return this.database.sql("select id, name from unit where external_id = :externalId and active")
			.bind("externalId", externalId)
			.map((row) -> new UnitRef(row.get("id", UUID.class), row.get("name", String.class)))
			.one();
	}

	/**
	 * The units a person belongs to, primary unit first.
	 * @param personId the person
	 * @return the units
	 */
	public Flux<UnitRef> unitsOf(UUID personId) {
		return this.database.sql("""
				select u.id, u.name from membership m join unit u on u.id = m.unit_id
				where m.person_id = :personId order by m.is_primary desc, u.name""")
			.bind("personId", personId)
			.map((row) -> new UnitRef(row.get("id", UUID.class), row.get("name", String.class)))
			.all();
	}

	/**
	 * The units a person leads directly, as manager or deputy; their subunits are implied.
	 * @param personId the person
	 * @return the units
	 */
	public Flux<UnitRef> unitsManagedBy(UUID personId) {
		return this.database.sql("""
				select u.id, u.name from unit_manager um join unit u on u.id = um.unit_id
				where um.person_id = :personId and u.active order by u.name""")
			.bind("personId", personId)
			.map((row) -> new UnitRef(row.get("id", UUID.class), row.get("name", String.class)))
			.all();
	}

	/**
	 * The person's nearest manager: a manager of the primary unit, or of the closest unit above it when the person
	 * leads their own unit. Managers come before deputies; a deputy's manager is the manager of their unit.
	 * @param personId the person
	 * @return the manager, or empty at the top of the organisation
	 */
	public Mono<PersonRef> managerOf(UUID personId) {
		return this.database.sql(MANAGER_OF)
			.bind("personId", personId)
			.map((row) -> new PersonRef(row.get("id", UUID.class), row.get("display_name", String.class),
					row.get("job_title", String.class)))
			.one();
	}

	/**
	 * Whether a person leads the unit or any unit above it, which gives them a manager's rights over it.
	 * @param personId the person
	 * @param unitId the unit
	 * @return true when the person manages the unit's subtree
	 */
	public Mono<Boolean> manages(UUID personId, UUID unitId) {
		return this.database.sql("""
				select exists (select 1 from unit_closure c join unit_manager um on um.unit_id = c.ancestor_id
				where c.descendant_id = :unitId and um.person_id = :personId)""")
			.bind("unitId", unitId)
			.bind("personId", personId)
			.map((row) -> row.get(0, Boolean.class))
			.one();
	}

	/**
	 * The active units of a subtree, nearest first.
	 * @param unitId the top of the subtree, itself included
	 * @return the unit ids; empty for an unknown unit
	 */
	public Flux<UUID> subtree(UUID unitId) {
		return this.database.sql("""
				select c.descendant_id from unit_closure c join unit u on u.id = c.descendant_id
				where c.ancestor_id = :unitId and u.active order by c.depth, u.name, u.id""")
			.bind("unitId", unitId)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	private static Person person(Readable row) {
		return new Person(row.get("id", UUID.class), row.get("external_id", String.class),
				row.get("display_name", String.class), row.get("email", String.class),
				row.get("job_title", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class)));
	}
}
