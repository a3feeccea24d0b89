package se.budkavle.records.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;

/**
 * Disclosure packages (utlämnande): the selected records with every version and who/when/why, stored as handed out
 * and written to the audit trail; read back by their maker or a records officer of the whole organisation.
 */
@Component
class Disclosures {

	static final int MAX_ITEMS = 100;

	private static final String INSERT = """
			insert into disclosure (created_by, created_at, reference, items, content)
			values (:by, :at, :reference, cast(:items as jsonb),
			        jsonb_build_object('createdAt', :at, 'reference', :reference,
			            'createdBy', (select jsonb_build_object('id', p.id, 'displayName', p.display_name)
			                          from org_person p where p.id = :by),
			            'items', cast(:content as jsonb)))
			returning id""";

	private static final String READ = """
			select cast(jsonb_set(content, '{id}', to_jsonb(id)) as text) as content from disclosure
			where id = :id and (:whole or created_by = :by)""";

	private final DisclosureContent content;

	private final DatabaseClient database;

	private final Audit audit;

	private final Clock clock;

	private final TransactionalOperator transaction;

	Disclosures(DisclosureContent content, DatabaseClient database, Audit audit, Clock clock,
			ReactiveTransactionManager transactions) {
		this.content = content;
		this.database = database;
		this.audit = audit;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * Makes a package of the records.
	 * @return the package's id; {@link InvalidRecordsRequest} when a record is not found inside the officer's scope
	 */
	Mono<UUID> create(Viewer viewer, List<Item> items, String reference) {
		RoleScope scope = RecordsAccess.scope(viewer);
		Map<RecordType, List<UUID>> byType = items.stream()
			.collect(Collectors.groupingBy(Item::type, LinkedHashMap::new,
					Collectors.mapping(Item::id, Collectors.toList())));
		return Flux.fromIterable(byType.entrySet())
			.concatMap((entry) -> this.content.of(entry.getKey(), entry.getValue(), scope))
			.collectMap((found) -> new Item(found.type(), found.id()), DisclosureContent.Found::json, HashMap::new)
			.flatMap((found) -> store(viewer, items, reference, inOrder(items, found)))
			.as(this.transaction::transactional);
	}

	/**
	 * A package as JSON text.
	 * @return the package, or empty when there is none the viewer may read
	 */
	Mono<String> read(Viewer viewer, UUID id) {
		RoleScope scope = RecordsAccess.scope(viewer);
		return this.database.sql(READ)
			.bind("id", id)
			.bind("whole", scope.whole())
			.bind("by", viewer.personId())
			.map((row) -> row.get("content", String.class))
			.one();
	}

	private static List<String> inOrder(List<Item> items, Map<Item, String> found) {
		List<String> ordered = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			String json = found.get(items.get(i));
			if (json == null) {
				throw new InvalidRecordsRequest("items[" + i + "]", "there is no " + items.get(i).type().key() + " "
						+ items.get(i).id() + " inside your scope");
			}
			ordered.add(json);
		}
		return ordered;
	}

	private Mono<UUID> store(Viewer viewer, List<Item> items, String reference, List<String> contents) {
		Instant now = this.clock.instant();
		String asked = items.stream()
			.map((item) -> "{\"type\":\"" + item.type().key() + "\",\"id\":\"" + item.id() + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
		var spec = this.database.sql(INSERT)
			.bind("by", viewer.personId())
			.bind("at", now)
			.bind("items", asked)
			.bind("content", "[" + String.join(",", contents) + "]");
		spec = (reference != null) ? spec.bind("reference", reference) : spec.bindNull("reference", String.class);
		return spec.map((row) -> row.get("id", UUID.class))
			.one()
			.flatMap((id) -> this.audit
				.record(viewer.personId(), "records.disclosed", "disclosure:" + id, null,
						describe(items, reference))
				.thenReturn(id));
	}

	private static String describe(List<Item> items, String reference) {
		return ((reference != null) ? reference + ": " : "")
				+ items.stream().map((item) -> item.type().key() + ":" + item.id()).collect(Collectors.joining(" "));
	}

	/** One record asked for. */
	record Item(RecordType type, UUID id) {
	}
}
