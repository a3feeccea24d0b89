package se.budkavle.questions;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds whom a question goes to: the managers (deputies included) of the nearest unit in the asker's manager chain,
 * and of the next unit up when it escalates or is forwarded. Reads the organisation's tables, never writes them.
 */
@Component
class Routing {

	/** Stands for "nobody" where a query excludes a person. */
	static final UUID NOBODY = new UUID(0, 0);

	private static final String HAS_OTHER_MANAGER = """
			exists (select 1 from unit_manager um join person p on p.id = um.person_id
			        where um.unit_id = %s and p.active and um.person_id <> :personId)""";

	// Like Organisation.managerOf: the levels up to the highest unit the asker leads themselves are skipped.
	private static final String DEFAULT_UNIT = """
			with chain as (
			    select c.ancestor_id as unit_id, c.depth
			    from membership m join unit_closure c on c.descendant_id = m.unit_id
			    where m.person_id = :personId and m.is_primary
			), own as (
			    select coalesce(max(chain.depth), -1) as depth
			    from chain join unit_manager um on um.unit_id = chain.unit_id where um.person_id = :personId
			)
			select chain.unit_id from chain
			where chain.depth > (select depth from own) and %s
			order by chain.depth limit 1""".formatted(HAS_OTHER_MANAGER.formatted("chain.unit_id"));

	private static final String NEAREST_WITH_MANAGER = """
			select c.ancestor_id from unit_closure c
			where c.descendant_id = :unitId and c.depth >= :minDepth and %s
			order by c.depth limit 1""".formatted(HAS_OTHER_MANAGER.formatted("c.ancestor_id"));

	private final DatabaseClient database;

	Routing(DatabaseClient database) {
		this.database = database;
	}

	/**
	 * The unit a person's question goes to.
	 * @param askerId the asker
	 * @param unitId the unit the asker named, or {@code null} for their own
	 * @return the unit whose managers receive it; an error when the named unit is outside the asker's manager chain;
	 * empty when nobody above the asker leads a unit
	 */
	Mono<UUID> recipientUnit(UUID askerId, UUID unitId) {
		if (unitId == null) {
			return this.database.sql(DEFAULT_UNIT)
				.bind("personId", askerId)
				.map((row) -> row.get(0, UUID.class))
				.one();
		}
		return inManagerChain(askerId, unitId).flatMap((inChain) -> inChain ? nearestWithManager(unitId, 0, askerId)
				: Mono.error(new QuestionForbidden("You may only ask the managers of your own unit or a unit above it.")));
	}

	/**
	 * The next unit above one that has a manager, for escalation and forwarding.
	 * @param unitId the unit the question is with
	 * @param except a person who does not count as a manager there (the one forwarding), or {@link #NOBODY}
	 * @return the unit, or empty at the top
	 */
	Mono<UUID> unitAbove(UUID unitId, UUID except) {
		return nearestWithManager(unitId, 1, except);
	}

	/** The active managers and deputies of a unit. */
	Flux<UUID> managersOf(UUID unitId) {
		return this.database.sql("""
				select um.person_id from unit_manager um join person p on p.id = um.person_id
				where um.unit_id = :unitId and p.active order by um.person_id""")
			.bind("unitId", unitId)
			.map((row) -> row.get(0, UUID.class))
			.all();
	}

	private Mono<Boolean> inManagerChain(UUID askerId, UUID unitId) {
		return this.database.sql("""
				select exists (select 1 from membership m join unit_closure c on c.descendant_id = m.unit_id
				where m.person_id = :personId and m.is_primary and c.ancestor_id = :unitId)""")
			.bind("personId", askerId)
			.bind("unitId", unitId)
			.map((row) -> row.get(0, Boolean.class))
			.one();
	}

	private Mono<UUID> nearestWithManager(UUID unitId, int minDepth, UUID except) {
		return this.database.sql(NEAREST_WITH_MANAGER)
			.bind("unitId", unitId)
			.bind("minDepth", minDepth)
			.bind("personId", except)
			.map((row) -> row.get(0, UUID.class))
			.one();
	}
}
