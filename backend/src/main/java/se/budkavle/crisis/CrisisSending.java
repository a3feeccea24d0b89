package se.budkavle.crisis;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Viewer;
import se.budkavle.live.LiveEvent;
import se.budkavle.live.LiveEvents;
import se.budkavle.platform.Binding;
import se.budkavle.records.Audit;

/**
 * Sends a crisis message: stores it, who is expected to confirm (everyone active under the targets, stored now so the
 * roll call stays true when the organisation changes) and announces it live, all in one transaction; the channels
 * beyond the widgets follow from the same transaction ({@link CrisisChannels}).
 */
@Component
class CrisisSending {

	static final String UNKNOWN_UNITS = """
			select count(*) from unnest(cast(:units as uuid[])) as t(id)
			where not exists (select 1 from org_unit u where u.id = t.id and u.active)""";

	static final String INSERT = """
			insert into crisis (title, body, severity, confirmation, exercise, template_id, template_version, sender_id,
			    sent_at)
			values (:title, :body, :severity, :confirmation, :exercise, :templateId, :templateVersion, :senderId, :now)
			returning id""";

	static final String TARGETS = """
			insert into crisis_target (crisis_id, unit_id) select :id, t.id from unnest(cast(:units as uuid[])) as t(id)""";

	static final String RECIPIENTS = """
			insert into crisis_recipient (crisis_id, person_id)
			select distinct :id, sm.person_id from subtree_member sm where sm.ancestor_id = any(:units)""";

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final LiveEvents live;

	private final CrisisChannels channels;

	private final Clock clock;

	private final CrisisTemplates templates;

	private final Audit audit;

	CrisisSending(DatabaseClient database, TransactionalOperator transaction, LiveEvents live, CrisisChannels channels,
			Clock clock, CrisisTemplates templates, Audit audit) {
		this.database = database;
		this.transaction = transaction;
		this.live = live;
		this.channels = channels;
		this.clock = clock;
		this.templates = templates;
		this.audit = audit;
	}

	Mono<UUID> send(Viewer viewer, CrisisRequest request) {
		UUID[] units = request.unitIds();
		if (!Crisis.maySend(viewer, List.of(units))) {
			return Mono.error(() -> new CrisisForbidden(
					"Sending a crisis message takes the crisis role, or the communicator or admin role, for every target unit"));
		}
		List<String> unfilled = Placeholders.in(request.title(), request.body());
		if (!unfilled.isEmpty()) {
			return Mono.error(new PlaceholderUnfilled(
					Placeholders.in(request.title()).isEmpty() ? "body" : "title", unfilled));
		}
		if (request.templateId() == null && request.templateVersion() != null) {
			return Mono.error(new CrisisRefused("templateVersion", "templateVersion needs a templateId"));
		}
		return unknownUnits(units).flatMap((unknown) -> (unknown > 0)
				? Mono.error(new CrisisRefused("targets", unknown + " target unit(s) do not exist or are not active"))
				: templateVersion(request))
			.flatMap((version) -> this.transaction.transactional(store(viewer, request, units, version.orElse(null))));
	}

	private Mono<java.util.Optional<Integer>> templateVersion(CrisisRequest request) {
		return (request.templateId() == null) ? Mono.just(java.util.Optional.empty())
				: this.templates.version(request.templateId(), request.templateVersion()).map(java.util.Optional::of);
	}

	private Mono<Long> unknownUnits(UUID[] units) {
		return this.database.sql(UNKNOWN_UNITS).bind("units", units).mapValue(Long.class).one();
	}

	private Mono<UUID> store(Viewer viewer, CrisisRequest request, UUID[] units, Integer templateVersion) {
		return insert(viewer, request, templateVersion).flatMap((id) -> this.database.sql(TARGETS)
			.bind("id", id)
			.bind("units", units)
			.then()
			.then(this.database.sql(RECIPIENTS).bind("id", id).bind("units", units).then())
			.then(this.channels.send(id, request))
			.then(this.live.publish(LiveEvent.of(CrisisTopics.BANNER, CrisisTopics.SENT, Map.of("crisisId", id))))
			.then(this.audit.record(viewer.personId(), "crisis.sent", "crisis:" + id, request.title()))
			.thenReturn(id));
	}

	private Mono<UUID> insert(Viewer viewer, CrisisRequest request, Integer templateVersion) {
		var spec = Binding.nullable(Binding.nullable(this.database.sql(INSERT), "templateId", request.templateId(), UUID.class),
				"templateVersion", templateVersion, Integer.class);
		return spec
			.bind("title", request.title())
			.bind("body", request.body())
			.bind("severity", request.severity().name())
			.bind("confirmation", request.confirmation().name())
			.bind("exercise", request.exercise())
			.bind("senderId", viewer.personId())
			.bind("now", this.clock.instant())
			.mapValue(UUID.class)
			.one();
	}
}
