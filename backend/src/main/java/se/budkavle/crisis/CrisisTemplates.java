package se.budkavle.crisis;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.platform.Binding;
import se.budkavle.records.Audit;

/**
 * Prepared crisis messages, versioned like posts: every edit is a new version with who made it and when, nothing is
 * changed in place or deleted, and each edit is in the audit trail. Read and written by those who may send a crisis
 * message (the crisis role, communicators, admins).
 */
@Component
class CrisisTemplates {

	private static final String COLUMNS = """
			t.id, t.version, t.name, t.title, t.body, t.severity, t.confirmation, t.updated_at, p.display_name as updated_by
			from crisis_template t join org_person p on p.id = t.updated_by""";

	private static final String LATEST = "select distinct on (t.id) " + COLUMNS
			+ " order by t.id, t.version desc";

	private static final String VERSIONS = "select " + COLUMNS + " where t.id = :id order by t.version desc";

	private static final String INSERT = """
			insert into crisis_template (id, version, name, title, body, severity, confirmation, updated_at, updated_by)
			select :id, coalesce(max(version), 0) + 1, :name, :title, :body, :severity, :confirmation, :now, :by
			from crisis_template where id = :id
			having (count(*) > 0) = :exists
			returning version""";

	private static final String VERSION = """
			select t.version from crisis_template t where t.id = :id
			  and t.version = coalesce(cast(:version as int), (select max(version) from crisis_template where id = :id))""";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final Audit audit;

	private final Clock clock;

	CrisisTemplates(DatabaseClient database, TransactionalOperator transaction, Audit audit, Clock clock) {
		this.database = database;
		this.transaction = transaction;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the viewer may read and write templates: anyone who may send a crisis message somewhere. */
	static boolean mayUse(Viewer viewer) {
		return viewer.hasRole(Role.CRISIS) || viewer.hasRole(Role.COMMUNICATOR) || viewer.hasRole(Role.ADMIN);
	}

	Flux<CrisisTemplate> latest(Viewer viewer) {
		return allowed(viewer).thenMany(Flux.defer(() -> this.database.sql(LATEST).map(CrisisTemplate::of).all()))
			.sort(java.util.Comparator.comparing(CrisisTemplate::name).thenComparing(CrisisTemplate::id));
	}

	Mono<List<CrisisTemplate>> versions(Viewer viewer, UUID id) {
		return allowed(viewer).then(this.database.sql(VERSIONS).bind("id", id).map(CrisisTemplate::of).all()
			.collectList()
			.filter((versions) -> !versions.isEmpty())
			.switchIfEmpty(Mono.error(() -> new TemplateNotFound(id))));
	}

	Mono<CrisisTemplate.Saved> create(Viewer viewer, TemplateRequest request) {
		return write(viewer, UUID.randomUUID(), request, false);
	}

	Mono<CrisisTemplate.Saved> edit(Viewer viewer, UUID id, TemplateRequest request) {
		return write(viewer, id, request, true);
	}

	/**
	 * The version of a template a crisis is sent from: the one named, or the latest.
	 * @return the version, or an error {@link CrisisRefused} when there is no such template or version
	 */
	Mono<Integer> version(UUID id, Integer version) {
		return Binding.nullable(this.database.sql(VERSION), "version", version, Integer.class)
			.bind("id", id)
			.mapValue(Integer.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new CrisisRefused("templateId",
					"No crisis template " + id + ((version != null) ? " in version " + version : ""))));
	}

	private Mono<CrisisTemplate.Saved> write(Viewer viewer, UUID id, TemplateRequest request, boolean exists) {
		Instant now = this.clock.instant();
		Mono<CrisisTemplate.Saved> saved = this.database.sql(INSERT)
			.bind("id", id)
			.bind("name", request.name())
			.bind("title", request.title())
			.bind("body", request.body())
			.bind("severity", request.severity().name())
			.bind("confirmation", request.confirmation().name())
			.bind("now", now)
			.bind("by", viewer.personId())
			.bind("exists", exists)
			.mapValue(Integer.class)
			.one()
			.switchIfEmpty(Mono.error(() -> new TemplateNotFound(id)))
			.flatMap((version) -> this.audit.record(viewer.personId(), "crisis.template-saved",
					"crisis-template:" + id + " version:" + version, request.name())
				.thenReturn(new CrisisTemplate.Saved(id, version)));
		return allowed(viewer).then(this.transaction.transactional(saved));
	}

	private static Mono<Void> allowed(Viewer viewer) {
		return mayUse(viewer) ? Mono.empty() : Mono.error(new CrisisForbidden(
				"Crisis templates are for the crisis role, communicators and admins"));
	}
}
