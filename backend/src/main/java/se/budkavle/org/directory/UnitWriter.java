package se.budkavle.org.directory;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

import se.budkavle.org.directory.StoredOrganisation.StoredUnit;

/**
 * Writes the unit changes of a directory and keeps the closure table in step with the tree.
 */
final class UnitWriter {

	private static final String INSERT = """
			insert into unit (id, external_id, name, kind)
			select * from unnest(cast(:ids as uuid[]), cast(:externalIds as text[]), cast(:names as text[]),
			    cast(:kinds as text[]))""";

	private static final String REWRITE = """
			update unit u set name = t.name, kind = t.kind, active = true, updated_at = now()
			from unnest(cast(:ids as uuid[]), cast(:names as text[]), cast(:kinds as text[])) as t (id, name, kind)
			where u.id = t.id""";

	private static final String REPARENT = """
			update unit u set parent_id = t.parent_id, updated_at = now()
			from unnest(cast(:ids as uuid[]), cast(:parentIds as uuid[])) as t (id, parent_id)
			where u.id = t.id""";

	private static final String DEACTIVATE = """
			update unit set active = false, updated_at = now() where id = any(cast(:ids as uuid[]))""";

	// Rebuilt whole: 5,000 units at 5-7 levels make about 30,000 rows, written in one statement. A delete (rather
	// than truncate) keeps concurrent readers on the old closure until the import commits.
	private static final String CLEAR_CLOSURE = "delete from unit_closure";

	private static final String FILL_CLOSURE = """
			insert into unit_closure (ancestor_id, descendant_id, depth)
			with recursive tree (ancestor_id, descendant_id, depth) as (
			    select id, id, 0 from unit
			    union all
			    select tree.ancestor_id, unit.id, tree.depth + 1 from tree join unit on unit.parent_id = tree.descendant_id
			)
			select ancestor_id, descendant_id, depth from tree""";

	private final DatabaseClient database;

	UnitWriter(DatabaseClient database) {
		this.database = database;
	}

	Mono<Void> write(UnitDiff units) {
		return Batch.run(this.database, units.inserts(), INSERT, (spec) -> spec
			.bind("ids", Batch.uuids(units.inserts(), StoredUnit::id))
			.bind("externalIds", Batch.texts(units.inserts(), StoredUnit::externalId))
			.bind("names", Batch.texts(units.inserts(), StoredUnit::name))
			.bind("kinds", Batch.texts(units.inserts(), StoredUnit::kind)))
			.then(Batch.run(this.database, units.rewrites(), REWRITE, (spec) -> spec
				.bind("ids", Batch.uuids(units.rewrites(), StoredUnit::id))
				.bind("names", Batch.texts(units.rewrites(), StoredUnit::name))
				.bind("kinds", Batch.texts(units.rewrites(), StoredUnit::kind))))
			.then(Batch.run(this.database, units.parentChanges(), REPARENT, (spec) -> spec
				.bind("ids", Batch.uuids(units.parentChanges(), StoredUnit::id))
				.bind("parentIds", Batch.uuids(units.parentChanges(), StoredUnit::parentId))))
			.then(Batch.run(this.database, units.deactivations(), DEACTIVATE,
					(spec) -> spec.bind("ids", units.deactivations().toArray(UUID[]::new))))
			.then(units.reshapesTree() ? rebuildClosure() : Mono.empty());
	}

	private Mono<Void> rebuildClosure() {
		return this.database.sql(CLEAR_CLOSURE)
			.fetch()
			.rowsUpdated()
			.then(this.database.sql(FILL_CLOSURE).fetch().rowsUpdated())
			.then();
	}
}
