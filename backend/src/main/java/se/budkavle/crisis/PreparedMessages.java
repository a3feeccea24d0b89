package se.budkavle.crisis;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Lets a set-up step (the demo) prepare crisis templates before anyone has written one.
 */
@Service
public class PreparedMessages {

	private static final String ANY = "select exists (select 1 from crisis_template)";

	private static final String INSERT = """
			insert into crisis_template (id, version, name, title, body, severity, confirmation, updated_at, updated_by)
			values (:id, 1, :name, :title, :body, :severity, :confirmation, :now, :by)""";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final Clock clock;

	PreparedMessages(DatabaseClient database, TransactionalOperator transaction, Clock clock) {
		this.database = database;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Stores the templates as version 1 each, unless any template exists.
	 * @param author who is named as their writer
	 * @param prepared the templates
	 * @return how many were stored
	 */
	public Mono<Long> prepareIfNone(UUID author, List<Prepared> prepared) {
		return this.database.sql(ANY).mapValue(Boolean.class).one()
			.flatMap((any) -> any ? Mono.just(0L) : this.transaction.transactional(Flux.fromIterable(prepared)
				.concatMap((template) -> insert(author, template))
				.count()));
	}

	private Mono<Long> insert(UUID author, Prepared template) {
		return this.database.sql(INSERT)
			.bind("id", UUID.randomUUID())
			.bind("name", template.name())
			.bind("title", template.title())
			.bind("body", template.body())
			.bind("severity", Severity.valueOf(template.severity()).name())
			.bind("confirmation", ConfirmationKind.valueOf(template.confirmation()).name())
			.bind("now", this.clock.instant())
			.bind("by", author)
			.fetch()
			.rowsUpdated();
	}

	/**
	 * A template to prepare.
	 *
	 * @param name what it is for
	 * @param title the headline, placeholders in braces ({@code {plats}})
	 * @param body the text
	 * @param severity {@code INFORMATION}, {@code WARNING} or {@code CRITICAL}
	 * @param confirmation {@code RECEIVED} or {@code SAFETY}
	 */
	public record Prepared(String name, String title, String body, String severity, String confirmation) {
	}
}
