package se.budkavle.org.directory;

import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.DirectoryChanges;
import se.budkavle.org.DirectoryListener;
import se.budkavle.org.directory.LinkWriter.Table;

/**
 * Applies a valid directory as one transaction: the whole difference or nothing. Imports are serialised by a
 * transaction-scoped advisory lock, so two imports (for example from two hub instances) never interleave and each
 * compares against what the previous one committed.
 */
@Component
class DirectoryStore {

	private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended('budkavle.directory-import', 0))";

	// Appended to the audit trail in the same statement, through the function records publishes for modules below it.
	private static final String RECORD = """
			with recorded as (
			    insert into directory_import (source, applied_by, changes)
			    values (:source, :appliedBy, cast(:changes as jsonb))
			    returning id)
			select audit_append(:appliedBy, 'directory.imported', 'directory-import:' || id, null, :source) from recorded""";

	// Rebuilt whole when the tree changed shape, like the closure table: a delete (not truncate) keeps readers on the
	// old rows until the import commits. When only people changed, only their rows are rewritten: a 100-person delta
	// then touches a few hundred rows instead of the 300,000 of a 50,000-person organisation.
	private static final String CLEAR_SUBTREE_MEMBERS = "delete from subtree_member";

	private static final String FILL_SUBTREE_MEMBERS = """
			insert into subtree_member (ancestor_id, display_name, person_id)
			select distinct c.ancestor_id, p.display_name, p.id
			from unit_closure c
			join membership m on m.unit_id = c.descendant_id
			join person p on p.id = m.person_id
			where p.active""";

	private static final String CLEAR_PEOPLES_SUBTREE_MEMBERS = """
			delete from subtree_member where person_id = any(cast(:people as uuid[]))""";

	private static final String FILL_PEOPLES_SUBTREE_MEMBERS = FILL_SUBTREE_MEMBERS
			+ " and p.id = any(cast(:people as uuid[]))";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final ObjectProvider<DirectoryListener> listeners;

	DirectoryStore(DatabaseClient database, ReactiveTransactionManager transactionManager,
			ObjectProvider<DirectoryListener> listeners) {
		this.database = database;
		this.listeners = listeners;
		this.transaction = TransactionalOperator.create(transactionManager);
	}

	Mono<DirectoryChanges> apply(DirectorySnapshot directory, String source, UUID appliedBy, ImportSafety safety) {
		Mono<DirectoryChanges> apply = this.database.sql(LOCK)
			.fetch()
			.rowsUpdated()
			.then(StoredOrganisation.load(this.database))
			// Comparing 50,000 people takes CPU: off the connection's event-loop thread, which serves other requests.
			.publishOn(Schedulers.parallel())
			.map((stored) -> checked(stored, DirectoryPlan.of(stored, directory), safety))
			.flatMap((plan) -> write(plan).then(rebuildSubtreeMembers(plan)).thenReturn(plan.changes()))
			.flatMap((changes) -> record(changes, source, appliedBy).then(tell(changes)).thenReturn(changes));
		return this.transaction.transactional(apply);
	}

	Mono<DirectoryChanges> applyPart(DirectorySnapshot part, Set<String> people, String source, UUID appliedBy) {
		Mono<DirectoryChanges> apply = this.database.sql(LOCK)
			.fetch()
			.rowsUpdated()
			.then(StoredPart.plan(this.database, part, people))
			.flatMap((plan) -> write(plan).then(rebuildSubtreeMembers(plan)).thenReturn(plan.changes()))
			.flatMap((changes) -> record(changes, source, appliedBy).then(tell(changes)).thenReturn(changes));
		return this.transaction.transactional(apply);
	}

	Mono<DirectoryPreview> preview(DirectorySnapshot directory, ImportSafety safety) {
		Mono<DirectoryPreview> preview = StoredOrganisation.load(this.database)
			.publishOn(Schedulers.parallel())
			.map((stored) -> DirectoryPreview.of(stored, DirectoryPlan.of(stored, directory), safety));
		return this.transaction.transactional(preview);
	}

	private static DirectoryPlan checked(StoredOrganisation stored, DirectoryPlan plan, ImportSafety safety) {
		if (safety != null) {
			safety.check(stored, plan);
		}
		return plan;
	}

	private Mono<Void> write(DirectoryPlan plan) {
		LinkWriter links = new LinkWriter(this.database);
		return new UnitWriter(this.database).write(plan.units())
			.then(new PeopleWriter(this.database).write(plan.people()))
			.then(links.write(Table.MEMBERSHIP, plan.people().memberships()))
			.then(links.write(Table.MANAGER, plan.managers()));
	}

	private Mono<Void> rebuildSubtreeMembers(DirectoryPlan plan) {
		if (!changesMembers(plan.changes())) {
			return Mono.empty();
		}
		if (plan.units().reshapesTree()) {
			return this.database.sql(CLEAR_SUBTREE_MEMBERS)
				.fetch()
				.rowsUpdated()
				.then(this.database.sql(FILL_SUBTREE_MEMBERS).fetch().rowsUpdated())
				.then();
		}
		UUID[] people = plan.people().touched().toArray(UUID[]::new);
		return this.database.sql(CLEAR_PEOPLES_SUBTREE_MEMBERS)
			.bind("people", people)
			.fetch()
			.rowsUpdated()
			.then(this.database.sql(FILL_PEOPLES_SUBTREE_MEMBERS).bind("people", people).fetch().rowsUpdated())
			.then();
	}

	private Mono<Void> tell(DirectoryChanges changes) {
		if (changes.total() == 0) {
			return Mono.empty();
		}
		return Flux.fromStream(this.listeners::orderedStream).concatMap((listener) -> listener.applied(changes)).then();
	}

	private Mono<Void> record(DirectoryChanges changes, String source, UUID appliedBy) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql(RECORD)
			.bind("source", source)
			.bind("changes", JSON.writeValueAsString(changes));
		insert = (appliedBy != null) ? insert.bind("appliedBy", appliedBy) : insert.bindNull("appliedBy", UUID.class);
		return insert.then();
	}

	/**
	 * Whether who belongs under which unit, or a name they are listed by, may have changed: manager assignments, unit
	 * names and deactivated units leave the lists of members as they were.
	 */
	private static boolean changesMembers(DirectoryChanges changes) {
		return changes.unitsAdded() + changes.unitsMoved() + changes.peopleAdded() + changes.peopleUpdated()
				+ changes.peopleDeactivated() + changes.peopleReactivated() + changes.membershipsAdded()
				+ changes.membershipsRemoved() > 0;
	}
}
