package se.budkavle.records.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;
import se.budkavle.records.Audit;
import se.budkavle.records.RecordsProperties;
import se.budkavle.records.archive.ArchiveProperties;
import se.budkavle.records.archive.SipEntry;
import se.budkavle.records.archive.SipWriter;
import se.budkavle.records.archive.Submission;

/**
 * E-archive submission packages: the posts published and the questions asked in a period, inside the officer's scope
 * and optionally one unit's subtree, each with every version and who/when/why as JSON and PDF/A-2b, written as an
 * E-ARK SIP, stored as delivered and written to the audit trail.
 */
@Component
class ArchivePackages {

	static final String RECORDS = """
			with subtree as (select descendant_id as id from org_unit_subtree where ancestor_id = :unit)
			select 'post' as type, p.id, p.title, p.published_at as at from post_record p
			where p.published_at >= :from and p.published_at < :to
			  and (:whole or p.unit_ids && :units)
			  and (cast(:unit as uuid) is null or p.unit_ids && array(select id from subtree))
			union all
			select 'question', q.id, q.subject, q.asked_at from question_record q
			where q.asked_at >= :from and q.asked_at < :to
			  and (:whole or q.asked_unit_id = any(:units) or q.unit_id = any(:units))
			  and (cast(:unit as uuid) is null or q.asked_unit_id in (select id from subtree)
			       or q.unit_id in (select id from subtree))
			order by at, id
			limit :limit""";

	private static final String INSERT = """
			insert into archive_package (id, created_by, created_at, period_from, period_to, unit_id, records, size,
			                             sha256, content)
			values (:id, :by, :at, :from, :to, :unit, :records, :size, :sha256, :content)""";

	private static final String LIST = """
			select a.id, a.created_at, a.created_by, p.display_name, a.period_from, a.period_to, a.unit_id, a.records,
			       a.size, a.sha256
			from archive_package a left join org_person p on p.id = a.created_by
			where (:whole or a.created_by = :by)
			order by a.created_at desc, a.id desc
			limit 200""";

	private final DatabaseClient database;

	private final DisclosureContent content;

	private final ArchiveProperties properties;

	private final Audit audit;

	private final Clock clock;

	private final TransactionalOperator transaction;

	ArchivePackages(DatabaseClient database, DisclosureContent content, RecordsProperties properties, Audit audit,
			Clock clock, ReactiveTransactionManager transactions) {
		this.database = database;
		this.content = content;
		this.properties = properties.archive();
		this.audit = audit;
		this.clock = clock;
		this.transaction = TransactionalOperator.create(transactions);
	}

	/**
	 * Makes and stores a package.
	 * @return its id and how many records it holds; {@link InvalidRecordsRequest} for a unit outside the scope,
	 * {@link ArchiveTooLarge} for a period with more records than one package may hold
	 */
	Mono<Created> create(Viewer viewer, Instant from, Instant to, UUID unitId) {
		RoleScope scope = RecordsAccess.scope(viewer);
		Instant now = this.clock.instant();
		UUID id = UUID.randomUUID();
		return unitName(scope, unitId)
			.flatMap((unitName) -> records(scope, from, to, unitId).collectList()
				.flatMap((rows) -> entries(scope, rows))
				.flatMap((entries) -> zip(new Submission(id, now, from, to, unitName.orElse(null),
						this.properties.organisationName(), this.properties.organisationNumber(), version()), entries)
					.flatMap((zip) -> store(viewer, id, now, from, to, unitId, entries.size(), zip))));
	}

	/**
	 * A stored package.
	 * @return the ZIP, or empty when there is none the viewer may read
	 */
	Mono<byte[]> read(Viewer viewer, UUID id) {
		RoleScope scope = RecordsAccess.scope(viewer);
		return this.database.sql("select content from archive_package where id = :id and (:whole or created_by = :by)")
			.bind("id", id)
			.bind("whole", scope.whole())
			.bind("by", viewer.personId())
			.map((row) -> row.get("content", byte[].class))
			.one();
	}

	/** The packages the viewer may read, newest first (the latest 200). */
	Flux<Summary> list(Viewer viewer) {
		RoleScope scope = RecordsAccess.scope(viewer);
		return this.database.sql(LIST)
			.bind("whole", scope.whole())
			.bind("by", viewer.personId())
			.map(ArchivePackages::summary)
			.all();
	}

	private Mono<Optional<String>> unitName(RoleScope scope, UUID unitId) {
		if (unitId == null) {
			return Mono.just(Optional.empty());
		}
		return this.database.sql("select name from org_unit where id = :id")
			.bind("id", unitId)
			.map((row) -> row.get("name", String.class))
			.one()
			.filter((name) -> scope.covers(unitId))
			.map(Optional::of)
			.switchIfEmpty(Mono.error(() -> new InvalidRecordsRequest("unitId",
					"there is no unit " + unitId + " inside your scope")));
	}

	private Flux<Row> records(RoleScope scope, Instant from, Instant to, UUID unitId) {
		var spec = this.database.sql(RECORDS)
			.bind("from", from)
			.bind("to", to)
			.bind("whole", scope.whole())
			.bind("units", scope.unitArray())
			.bind("limit", this.properties.maxRecords() + 1);
		spec = (unitId != null) ? spec.bind("unit", unitId) : spec.bindNull("unit", UUID.class);
		return spec.map((row) -> new Row(RecordType.valueOf(row.get("type", String.class).toUpperCase(java.util.Locale.ROOT)),
				row.get("id", UUID.class), row.get("title", String.class), row.get("at", Instant.class)))
			.all();
	}

	private Mono<List<SipEntry>> entries(RoleScope scope, List<Row> rows) {
		if (rows.size() > this.properties.maxRecords()) {
			return Mono.error(new ArchiveTooLarge(this.properties.maxRecords()));
		}
		List<UUID> posts = rows.stream().filter((row) -> row.type() == RecordType.POST).map(Row::id).toList();
		List<UUID> questions = rows.stream().filter((row) -> row.type() == RecordType.QUESTION).map(Row::id).toList();
		return this.content.of(RecordType.POST, posts, scope)
			.concatWith(this.content.of(RecordType.QUESTION, questions, scope))
			.collectMap(DisclosureContent.Found::id, DisclosureContent.Found::json)
			.map((json) -> inOrder(rows, json));
	}

	private static List<SipEntry> inOrder(List<Row> rows, Map<UUID, String> json) {
		List<SipEntry> entries = new ArrayList<>();
		for (Row row : rows) {
			String content = json.get(row.id());
			if (content != null) {
				entries.add(new SipEntry(row.type().key(), row.id(), row.title(), row.at(), content,
						() -> DisclosurePdf.archival(content)));
			}
		}
		return entries;
	}

	private static Mono<byte[]> zip(Submission submission, List<SipEntry> entries) {
		return Mono.fromCallable(() -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				SipWriter.write(submission, entries, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private Mono<Created> store(Viewer viewer, UUID id, Instant now, Instant from, Instant to, UUID unitId,
			int records, byte[] zip) {
		var spec = this.database.sql(INSERT)
			.bind("id", id)
			.bind("by", viewer.personId())
			.bind("at", now)
			.bind("from", from)
			.bind("to", to)
			.bind("records", records)
			.bind("size", (long) zip.length)
			.bind("sha256", sha256(zip))
			.bind("content", zip);
		spec = (unitId != null) ? spec.bind("unit", unitId) : spec.bindNull("unit", UUID.class);
		return spec.then()
			.then(this.audit.record(viewer.personId(), "records.archived", "archive-package:" + id, unitId,
					from + " – " + to + ": " + records + " records"))
			.thenReturn(new Created(id, records))
			.as(this.transaction::transactional);
	}

	private static String sha256(byte[] zip) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(zip));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String version() {
		return Optional.ofNullable(ArchivePackages.class.getPackage().getImplementationVersion()).orElse("development");
	}

	private static Summary summary(Readable row) {
		UUID by = row.get("created_by", UUID.class);
		return new Summary(row.get("id", UUID.class), row.get("created_at", Instant.class),
				new AuditTrail.Actor(by, row.get("display_name", String.class)), row.get("period_from", Instant.class),
				row.get("period_to", Instant.class), row.get("unit_id", UUID.class), row.get("records", Integer.class),
				row.get("size", Long.class), row.get("sha256", String.class));
	}

	private record Row(RecordType type, UUID id, String title, Instant at) {
	}

	/** A package made: its id and how many records it holds. */
	record Created(UUID id, int records) {
	}

	/**
	 * A stored package.
	 *
	 * @param id its id
	 * @param createdAt when it was made
	 * @param createdBy who made it
	 * @param from the start of its period
	 * @param to the end of its period (exclusive)
	 * @param unitId the unit whose subtree it covers, or {@code null}
	 * @param records how many records (posts and questions) it holds
	 * @param size the ZIP's length in bytes
	 * @param sha256 the ZIP's SHA-256 digest
	 */
	record Summary(UUID id, Instant createdAt, AuditTrail.Actor createdBy, Instant from, Instant to, UUID unitId,
			int records, long size, String sha256) {
	}
}
