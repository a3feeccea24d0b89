package se.budkavle.cascade;

import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

import se.budkavle.platform.Binding;

/**
 * Opens units of a cascade for their managers: records when, the deadline, and who was responsible then — the unit's
 * manager (managers before deputies), or for a unit without one the nearest manager above, who carries it — so the
 * history stays true when the organisation changes later.
 */
@Component
class Levels {

	/** Units of the cascade not yet reached, among {@code :units} (or all when {@code :all}), opened in one statement. */
	static final String OPEN = """
			with due as (
			    select cu.unit_id,
			           (select um.person_id from org_unit_manager um join org_person p on p.id = um.person_id
			            where um.unit_id = cu.unit_id and p.active
			            order by um.deputy, p.display_name, p.id limit 1) as manager_id,
			           (select um.person_id from org_unit_subtree s
			            join org_unit_manager um on um.unit_id = s.ancestor_id
			            join org_person p on p.id = um.person_id
			            where s.descendant_id = cu.unit_id and s.depth > 0 and p.active
			            order by s.depth, um.deputy, p.display_name, p.id limit 1) as above_id
			    from cascade_unit cu
			    where cu.cascade_id = :cascadeId and cu.reached_at is null and (:all or cu.unit_id = any(:units)))
			update cascade_unit cu
			set reached_at = :now, deadline = :deadline,
			    manager_id = d.manager_id, manager_name = m.display_name,
			    carrier_id = case when d.manager_id is null then d.above_id end,
			    carrier_name = case when d.manager_id is null then a.display_name end
			from due d
			left join org_person m on m.id = d.manager_id
			left join org_person a on a.id = d.above_id
			where cu.cascade_id = :cascadeId and cu.unit_id = d.unit_id
			returning cu.unit_id""";

	private final DatabaseClient database;

	Levels(DatabaseClient database) {
		this.database = database;
	}

	/** Opens the given units (those not reached yet). */
	Flux<UUID> open(UUID cascadeId, UUID[] units, Instant now, Instant deadline) {
		return open(cascadeId, false, units, now, deadline);
	}

	/** Opens every unit of the cascade at once. */
	Flux<UUID> openAll(UUID cascadeId, Instant now, Instant deadline) {
		return open(cascadeId, true, new UUID[0], now, deadline);
	}

	private Flux<UUID> open(UUID cascadeId, boolean all, UUID[] units, Instant now, Instant deadline) {
		var spec = this.database.sql(OPEN)
			.bind("cascadeId", cascadeId)
			.bind("all", all)
			.bind("units", units)
			.bind("now", now);
		return Binding.nullable(spec, "deadline", deadline, Instant.class).mapValue(UUID.class).all();
	}
}
