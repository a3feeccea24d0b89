package se.budkavle.questions;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds whom a question goes to: the managers (deputies included) of the nearest unit in the asker's manager chain,
 * and of the next unit up when it escalates or is forwarded. An anonymous question goes only to a unit whose subtree
 * has at least k active people, so the unit it is labelled with never narrows the asker down to fewer than k. Reads
 * the organisation's tables, never writes them.
 */
@Component
class Routing {

	/** Stands for "nobody" where a query excludes a person. */
	static final UUID NOBODY = new UUID(0, 0);

	private static final String HAS_OTHER_MANAGER = """
			exists (select 1 from org_unit_manager um join org_person p on p.id = um.person_id
			        where um.unit_id = %s and p.active and um.person_id <> :personId)""";

	/**
	 * How many active people a unit's subtree has, counted up to {@code :minimum} only (one index range scan of at most
	 * k rows, however big the unit).
	 */
	private static final String PEOPLE_UP_TO_MINIMUM = """
			(select count(*) from (select 1 from subtree_member sm where sm.ancestor_id = %s limit :minimum) counted)""";

	/** Whether a unit's subtree has at least {@code :minimum} active people ({@code :minimum} 0 for named questions). */
	private static final String BIG_ENOUGH = "(:minimum = 0 or " + PEOPLE_UP_TO_MINIMUM + " >= :minimum)";

	// Like Organisation.managerOf: the levels up to the highest unit the asker leads themselves are skipped.
	private static final String DEFAULT_UNIT = """
			with chain as (
			    select c.ancestor_id as unit_id, c.depth
			    from person_membership_record m join org_unit_subtree c on c.descendant_id = m.unit_id
			    where m.person_id = :personId and m.is_primary
			), own as (
			    select coalesce(max(chain.depth), -1) as depth
			    from chain join org_unit_manager um on um.unit_id = chain.unit_id where um.person_id = :personId
			)
			select chain.unit_id from chain
			where chain.depth > (select depth from own) and %s and %s
			order by chain.depth limit 1""".formatted(HAS_OTHER_MANAGER.formatted("chain.unit_id"),
			BIG_ENOUGH.formatted("chain.unit_id"));

	private static final String NEAREST_WITH_MANAGER = """
			select c.ancestor_id from org_unit_subtree c
			where c.descendant_id = :unitId and c.depth >= :minDepth and %s and %s
			order by c.depth limit 1""".formatted(HAS_OTHER_MANAGER.formatted("c.ancestor_id"),
			BIG_ENOUGH.formatted("c.ancestor_id"));

	private static final String OWN_UNIT = """
			select u.id, u.name, %s as people
			from person_membership_record m join org_unit u on u.id = m.unit_id
			where m.person_id = :personId and m.is_primary""".formatted(PEOPLE_UP_TO_MINIMUM.formatted("u.id"));

	private final DatabaseClient database;

	private final int minimum;

	Routing(DatabaseClient database, QuestionsProperties properties) {
		this.database = database;
		this.minimum = properties.minimumGroupSize();
	}

	/**
	 * The unit a person's question goes to, and is labelled with.
	 * @param askerId the asker
	 * @param unitId the unit the asker named, or {@code null} for their own
	 * @param anonymous whether the question is anonymous: then only a unit with at least k people in its subtree
	 * @return the unit whose managers receive it; an error when the named unit is outside the asker's manager chain;
	 * empty when nobody above the asker leads a unit (that is big enough, for an anonymous question)
	 */
	Mono<UUID> recipientUnit(UUID askerId, UUID unitId, boolean anonymous) {
		int least = anonymous ? this.minimum : 0;
		if (unitId == null) {
			return this.database.sql(DEFAULT_UNIT)
				.bind("personId", askerId)
				.bind("minimum", least)
				.map((row) -> row.get(0, UUID.class))
				.one();
		}
		return inManagerChain(askerId, unitId).flatMap((inChain) -> inChain
				? nearestWithManager(unitId, 0, askerId, least)
				: Mono.error(new QuestionForbidden("You may only ask the managers of your own unit or a unit above it.")));
	}

	/**
	 * The asker's own unit and whether its subtree has at least k active people.
	 * @param askerId the asker
	 * @return the unit, or empty for a person without a primary unit
	 */
	Mono<OwnUnit> ownUnit(UUID askerId) {
		return this.database.sql(OWN_UNIT)
			.bind("personId", askerId)
			.bind("minimum", this.minimum)
			.map((row) -> new OwnUnit(row.get("id", UUID.class), row.get("name", String.class),
					row.get("people", Long.class) >= this.minimum))
			.one();
	}

	/** The name of a unit. */
	Mono<String> unitName(UUID unitId) {
		return this.database.sql("select name from org_unit where id = :id")
			.bind("id", unitId)
			.map((row) -> row.get(0, String.class))
			.one();
	}

	/**
	 * The next unit above one that has a manager, for escalation and forwarding.
	 * @param unitId the unit the question is with
	 * @param except a person who does not count as a manager there (the one forwarding), or {@link #NOBODY}
	 * @return the unit, or empty at the top
	 */
	Mono<UUID> unitAbove(UUID unitId, UUID except) {
		return nearestWithManager(unitId, 1, except, 0);
	}

	/** The active managers and deputies of a unit. */
	Flux<UUID> managersOf(UUID unitId) {
		return this.database.sql("""
				select um.person_id from org_unit_manager um join org_person p on p.id = um.person_id
				where um.unit_id = :unitId and p.active order by um.person_id""")
			.bind("unitId", unitId)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	private Mono<Boolean> inManagerChain(UUID askerId, UUID unitId) {
		return this.database.sql("""
				select exists (select 1 from person_membership_record m
				join org_unit_subtree c on c.descendant_id = m.unit_id
				where m.person_id = :personId and m.is_primary and c.ancestor_id = :unitId)""")
			.bind("personId", askerId)
			.bind("unitId", unitId)
			.map((row) -> row.get(0, Boolean.class))
			.one();
	}

	private Mono<UUID> nearestWithManager(UUID unitId, int minDepth, UUID except, int least) {
		return this.database.sql(NEAREST_WITH_MANAGER)
			.bind("unitId", unitId)
			.bind("minDepth", minDepth)
			.bind("personId", except)
			.bind("minimum", least)
			.map((row) -> row.get(0, UUID.class))
			.one();
	}

	/** A person's primary unit; {@code bigEnough} when its subtree has at least k active people. */
	record OwnUnit(UUID id, String name, boolean bigEnough) {
	}
}
