package se.budkavle.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.delivery.Notification;
import se.budkavle.delivery.Notifier;
import se.budkavle.platform.jobs.ExclusiveJobs;
import se.budkavle.records.Audit;

/**
 * Nudges and escalation: reminds the manager of each unit nearing or past its deadline, tells the manager above when a
 * unit below is overdue (they may relay on its behalf), at most once per manager and cascade a day, and announces each
 * unit that became overdue on the cascade's live topic; all in the job's one transaction, so the notifications' outbox
 * rows and the events commit together.
 */
@Component
class Nudges {

	static final String JOB = "cascade.nudges";

	/** Who to remind today: responsible for a unit due soon or overdue, or above an overdue one; each once a day. */
	static final String REMIND = """
			with wanted as (
			    select cu.cascade_id, coalesce(cu.manager_id, cu.carrier_id) as person_id, true as own, false as below
			    from cascade_unit cu
			    where cu.reached_at is not null and cu.relayed_at is null and cu.deadline <= :threshold
			    union all
			    select cu.cascade_id, coalesce(up.manager_id, up.carrier_id), false, true
			    from cascade_unit cu join cascade_unit up on up.cascade_id = cu.cascade_id and up.unit_id = cu.parent_id
			    where cu.reached_at is not null and cu.relayed_at is null and cu.deadline < :now),
			grouped as (
			    select cascade_id, person_id, bool_or(own) as own, bool_or(below) as below from wanted
			    where person_id is not null group by cascade_id, person_id),
			inserted as (
			    insert into cascade_reminder (cascade_id, person_id, day)
			    select cascade_id, person_id, cast(timezone(:zone, :now) as date) from grouped
			    on conflict do nothing
			    returning cascade_id, person_id)
			select i.cascade_id, i.person_id, g.own, g.below, c.title
			from inserted i join grouped g using (cascade_id, person_id) join cascade c on c.id = i.cascade_id""";

	private static final String OVERDUE = """
			update cascade_unit set overdue_at = :now
			where reached_at is not null and relayed_at is null and deadline < :now and overdue_at is null
			returning cascade_id, unit_id""";

	private final DatabaseClient database;

	private final ExclusiveJobs jobs;

	private final Notifier notifier;

	private final CascadeTopics topics;

	private final CascadeProperties properties;

	private final Clock clock;

	private final Audit audit;

	Nudges(DatabaseClient database, ExclusiveJobs jobs, Notifier notifier, CascadeTopics topics,
			CascadeProperties properties, Clock clock, Audit audit) {
		this.audit = audit;
		this.database = database;
		this.jobs = jobs;
		this.notifier = notifier;
		this.topics = topics;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * One run: marks and announces the units that became overdue, then sends today's reminders.
	 * @return how many managers were reminded
	 */
	@Scheduled(fixedDelayString = "${budkavle.cascade.nudge-check}")
	Mono<Long> nudge() {
		Instant now = this.clock.instant();
		return this.jobs.runOnce(JOB, () -> overdue(now).thenMany(remind(now)))
			.count();
	}

	private Mono<Void> overdue(Instant now) {
		return this.database.sql(OVERDUE)
			.bind("now", now)
			.map((row) -> new Unit(row.get("cascade_id", UUID.class), row.get("unit_id", UUID.class)))
			.all()
			.collectList()
			.flatMapIterable((units) -> units)
			.concatMap((unit) -> this.topics.announce(unit.cascadeId(), unit.unitId(), CascadeTopics.CASCADE_OVERDUE,
					State.OVERDUE))
			.then();
	}

	private Flux<UUID> remind(Instant now) {
		return this.database.sql(REMIND)
			.bind("now", now)
			.bind("threshold", now.plus(this.properties.reminderBefore()))
			.bind("zone", this.properties.zone().getId())
			.map((row) -> new Due(row.get("cascade_id", UUID.class), row.get("person_id", UUID.class),
					row.get("title", String.class),
					Boolean.TRUE.equals(row.get("own", Boolean.class)),
					Boolean.TRUE.equals(row.get("below", Boolean.class))))
			.all()
			.collectList()
			.flatMapIterable((due) -> due)
			.concatMap((due) -> this.audit
				.record(null, "cascade.reminded", "cascade:" + due.cascadeId() + " person:" + due.personId(),
						(due.own() ? "own unit due" : "") + (due.own() && due.below() ? "; " : "")
								+ (due.below() ? "a unit below overdue" : ""))
				.then(this.notifier.notify(notification(due))));
	}

	private static Notification notification(Due due) {
		String own = "Skicka vidare budkavlen till din enhet före tidsgränsen.";
		String below = "En enhet under dig har inte fått budkavlen vidare i tid. Du kan skicka vidare i chefens ställe.";
		String body = due.own() && due.below() ? own + " " + below : (due.own() ? own : below);
		return new Notification(due.personId(), due.own() ? "cascade.reminder" : "cascade.overdue",
				"Påminnelse: ”" + due.title() + "”", body, null, null);
	}

	private record Unit(UUID cascadeId, UUID unitId) {
	}

	private record Due(UUID cascadeId, UUID personId, String title, boolean own, boolean below) {
	}
}
