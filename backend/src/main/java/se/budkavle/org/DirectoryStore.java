package se.budkavle.org;

import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import se.budkavle.integration.directory.DirectorySnapshot;
import se.budkavle.org.LinkWriter.Table;

/**
 * Applies a valid directory as one transaction: the whole difference or nothing. Imports are serialised by a
 * transaction-scoped advisory lock, so two imports (for example from two hub instances) never interleave and each
 * compares against what the previous one committed.
 */
@Component
class DirectoryStore {

	private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended('budkavle.directory-import', 0))";

	private static final String RECORD = """
			insert into directory_import (source, applied_by, changes)
			values (:source, :appliedBy, cast(:changes as jsonb))""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	DirectoryStore(DatabaseClient database, ReactiveTransactionManager transactionManager) {
		this.database = database;
		this.transaction = TransactionalOperator.create(transactionManager);
	}

	Mono<DirectoryChanges> apply(DirectorySnapshot directory, String source, UUID appliedBy) {
		Mono<DirectoryChanges> apply = this.database.sql(LOCK)
			.fetch()
			.rowsUpdated()
			.then(StoredOrganisation.load(this.database))
			.map((stored) -> DirectoryPlan.of(stored, directory))
			.flatMap((plan) -> write(plan).thenReturn(plan.changes()))
			.flatMap((changes) -> record(changes, source, appliedBy).thenReturn(changes));
		return this.transaction.transactional(apply);
	}

	private Mono<Void> write(DirectoryPlan plan) {
		LinkWriter links = new LinkWriter(this.database);
		return new UnitWriter(this.database).write(plan.units())
			.then(new PeopleWriter(this.database).write(plan.people()))
			.then(links.write(Table.MEMBERSHIP, plan.people().memberships()))
			.then(links.write(Table.MANAGER, plan.managers()));
	}

	private Mono<Void> record(DirectoryChanges changes, String source, UUID appliedBy) {
		DatabaseClient.GenericExecuteSpec insert = this.database.sql(RECORD)
			.bind("source", source)
			.bind("changes", JSON.writeValueAsString(changes));
		insert = (appliedBy != null) ? insert.bind("appliedBy", appliedBy) : insert.bindNull("appliedBy", UUID.class);
		return insert.fetch().rowsUpdated().then();
	}
}
