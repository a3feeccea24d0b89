package se.budkavle.crisis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;

import se.budkavle.identity.Role;
import se.budkavle.identity.RoleScope;
import se.budkavle.identity.Viewer;

/**
 * The crises a person may run (”Kriser jag leder”): those they sent and those whose every target lies where they hold
 * the crisis, communicator or admin role, newest first, each with its status and confirmation counts. The counts
 * follow the roll call's rule: whole for those who follow the crisis person by person, otherwise only when at least k
 * people were asked.
 */
@Component
class CrisesRun {

	static final int LIMIT = 100;

	// The crises first (newest, at most LIMIT), then each one's counts: only the listed crises' answers are read.
	static final String RUN = """
			with listed as (
			    select c.* from crisis c
			    where :whole or c.sender_id = :personId
			       or not exists (select 1 from crisis_target t where t.crisis_id = c.id and not (t.unit_id = any(:units)))
			    order by c.sent_at desc, c.id limit :limit)
			select c.id, c.title, c.severity, c.confirmation, c.exercise, c.sender_id, c.sent_at, c.all_clear_at,
			       array(select t.unit_id from crisis_target t join org_unit u on u.id = t.unit_id
			             where t.crisis_id = c.id order by u.name, u.id) as target_ids,
			       array(select u.name from crisis_target t join org_unit u on u.id = t.unit_id
			             where t.crisis_id = c.id order by u.name, u.id) as target_names,
			       k.expected, k.answered, k.expected - k.answered as not_yet, k.received, k.safe, k.need_help
			from listed c
			cross join lateral (
			    select count(*) as expected, count(r.status) as answered,
			           count(*) filter (where r.status = 'RECEIVED') as received,
			           count(*) filter (where r.status = 'SAFE') as safe,
			           count(*) filter (where r.status = 'NEED_HELP') as need_help
			    from crisis_recipient r where r.crisis_id = c.id) k
			order by c.sent_at desc, c.id""";

	private final DatabaseClient database;

	private final CrisisProperties properties;

	CrisesRun(DatabaseClient database, CrisisProperties properties) {
		this.database = database;
		this.properties = properties;
	}

	/** The crises the viewer may run, newest first; an error {@link CrisisForbidden} for one who may run none. */
	Flux<Run> by(Viewer viewer) {
		RoleScope scope = viewer.scope(Role.CRISIS, Role.COMMUNICATOR, Role.ADMIN);
		if (!scope.held()) {
			return Flux.error(new CrisisForbidden(
					"The crises one runs are for the crisis role, communicators and admins"));
		}
		return this.database.sql(RUN)
			.bind("whole", scope.whole())
			.bind("personId", viewer.personId())
			.bind("units", scope.units().toArray(UUID[]::new))
			.bind("limit", LIMIT)
			.map((row) -> run(row, viewer))
			.all();
	}

	private Run run(Readable row, Viewer viewer) {
		UUID[] ids = row.get("target_ids", UUID[].class);
		String[] names = row.get("target_names", String[].class);
		Crisis crisis = new Crisis(row.get("id", UUID.class), row.get("title", String.class),
				Severity.valueOf(row.get("severity", String.class)),
				ConfirmationKind.valueOf(row.get("confirmation", String.class)),
				Boolean.TRUE.equals(row.get("exercise", Boolean.class)), row.get("sender_id", UUID.class),
				row.get("sent_at", Instant.class), row.get("all_clear_at", Instant.class), Arrays.asList(ids));
		RollCall.Counts counts = new RollCall.Counts(row.get("expected", Long.class), row.get("answered", Long.class),
				row.get("not_yet", Long.class), row.get("received", Long.class), row.get("safe", Long.class),
				row.get("need_help", Long.class));
		boolean shown = crisis.followsEveryone(viewer) || counts.expected() >= this.properties.minGroup();
		List<Target> targets = java.util.stream.IntStream.range(0, ids.length)
			.mapToObj((i) -> new Target(ids[i], names[i]))
			.toList();
		return new Run(crisis.id(), crisis.title(), crisis.severity(), crisis.confirmation(), crisis.exercise(),
				crisis.active() ? "ACTIVE" : "ALL_CLEAR", crisis.sentAt(), crisis.allClearAt(), targets,
				shown ? counts : null, !shown);
	}

	/** A unit the crisis was sent to (its subtree). */
	record Target(UUID unitId, String name) {
	}

	/**
	 * A crisis the viewer may run: {@code status} ACTIVE or ALL_CLEAR (then {@code allClearAt}), its targets, and its
	 * counts ({@code null} and {@code suppressed} when fewer than k people were asked and the viewer sees counts only).
	 */
	record Run(UUID id, String title, Severity severity, ConfirmationKind confirmation, boolean exercise,
			String status, Instant sentAt, Instant allClearAt, List<Target> targets, RollCall.Counts counts,
			boolean suppressed) {
	}
}
