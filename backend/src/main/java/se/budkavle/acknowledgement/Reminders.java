package se.budkavle.acknowledgement;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.delivery.DeepLinks;
import se.budkavle.delivery.Notification;
import se.budkavle.delivery.Notifier;
import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.news.PostAccess;
import se.budkavle.news.Posts;
import se.budkavle.records.Audit;

/**
 * Reminds the people who have not yet confirmed a post, through the {@link Notifier}; whoever asks, nobody is
 * reminded about the same post more than once a day.
 */
@Component
class Reminders {

	static final String KIND = "acknowledgement.reminder";

	// Marks the pending people not reminded within a day and returns exactly those, in one statement, so two
	// reminders at the same moment cannot both remind the same person.
	private static final String REMIND = """
			with pending as (
			    select pa.person_id
			    from post_audience_fact pa join org_person p on p.id = pa.person_id and p.active
			    where pa.post_id = :postId and %s
			      and (not :hasUnit or pa.unit_id in (select descendant_id from org_unit_subtree where ancestor_id = :unitId))
			      and (not :hasPerson or pa.person_id = :personId)
			      and not exists (select 1 from acknowledgement a where a.post_id = pa.post_id and a.person_id = pa.person_id)),
			marked as (
			    insert into acknowledgement_reminder (post_id, person_id, last_reminded_at)
			    select :postId, person_id, :now from pending
			    on conflict (post_id, person_id) do update set last_reminded_at = excluded.last_reminded_at
			    where acknowledgement_reminder.last_reminded_at <= :since
			    returning person_id)
			select array(select person_id from marked) as reminded, (select count(*) from pending) as pending"""
		.formatted(Scope.AUDIENCE_FILTER);

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm",
			Locale.forLanguageTag("sv"));

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final UUID NIL = new UUID(0, 0);

	private final Posts posts;

	private final Notifier notifier;

	private final DatabaseClient database;

	private final TransactionalOperator transaction;

	private final AcknowledgementProperties properties;

	private final Clock clock;

	private final Counter reminders;

	private final Audit audit;

	private final DeepLinks links;

	Reminders(Posts posts, Notifier notifier, DatabaseClient database,
			ReactiveTransactionManager transactions, AcknowledgementProperties properties, Clock clock,
			MeterRegistry registry, Audit audit, DeepLinks links) {
		this.audit = audit;
		this.links = links;
		this.reminders = Counter.builder("budkavle.reminders")
			.description("Reminders to confirm a post, by hand and before deadlines (one per person reminded)")
			.register(registry);
		this.posts = posts;
		this.notifier = notifier;
		this.database = database;
		this.transaction = TransactionalOperator.create(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Reminds those still pending on behalf of the viewer: the whole audience for the author, communicators and
	 * admins, the units they manage for managers of a targeted unit or one above it.
	 */
	Mono<Reminded> remind(UUID postId, Viewer viewer) {
		return remind(postId, viewer, Whom.EVERYONE);
	}

	/**
	 * Reminds those still pending among the given people (one unit's subtree, or one person) within the viewer's scope.
	 */
	Mono<Reminded> remind(UUID postId, Viewer viewer, Whom whom) {
		return this.posts.access(postId, viewer)
			.switchIfEmpty(Mono.error(() -> new PostNotFound(postId)))
			.filter(PostAccess::acknowledgementRequired)
			.switchIfEmpty(Mono.error(() -> new AcknowledgementNotRequested(postId)))
			.flatMap((access) -> scope(access, viewer)
				.flatMap((scope) -> this.transaction.transactional(remind(scope, whom, access.title(),
						access.acknowledgementDeadline())
					.flatMap((reminded) -> audited(viewer, postId, whom, reminded)))));
	}

	private Mono<Reminded> audited(Viewer viewer, UUID postId, Whom whom, Reminded reminded) {
		String subject = "post:" + postId + ((whom.personId() != null) ? " person:" + whom.personId() : "");
		return this.audit
			.record(viewer.personId(), "acknowledgement.reminded", subject, whom.unitId(),
					reminded.reminded() + " reminded")
			.thenReturn(reminded);
	}

	private Mono<Scope> scope(PostAccess access, Viewer viewer) {
		if (Scope.remindsWholeAudience(access)) {
			return Mono.just(new Scope(access.postId(), viewer.personId(), true));
		}
		// Managers remind their units; communicators and admins scoped to part of the audience remind that part.
		var role = viewer.scope(Role.COMMUNICATOR, Role.ADMIN);
		boolean scopedPart = access.hasRoleForAnyOf(Role.COMMUNICATOR) || access.hasRoleForAnyOf(Role.ADMIN);
		if (!access.managesTarget() && !scopedPart) {
			return Mono.error(new NotAllowed(
					"Only the author, managers of its units, communicators and administrators remind about this post"));
		}
		return Mono.just(scopedPart ? Scope.restricted(access.postId(), viewer.personId(), role)
				: new Scope(access.postId(), viewer.personId(), false));
	}

	/**
	 * Reminds the pending people in the scope, in the caller's transaction.
	 * @return how many were reminded and how many had been already within the day
	 */
	Mono<Reminded> remind(Scope scope, String title, Instant deadline) {
		return remind(scope, Whom.EVERYONE, title, deadline);
	}

	private Mono<Reminded> remind(Scope scope, Whom whom, String title, Instant deadline) {
		Instant now = this.clock.instant();
		return scope.bind(this.database.sql(REMIND))
			.bind("postId", scope.postId())
			.bind("hasUnit", whom.unitId() != null)
			.bind("unitId", (whom.unitId() != null) ? whom.unitId() : NIL)
			.bind("hasPerson", whom.personId() != null)
			.bind("personId", (whom.personId() != null) ? whom.personId() : NIL)
			.bind("now", now)
			.bind("since", now.minus(this.properties.remindEvery()))
			.map((row) -> new Marked(List.of(row.get("reminded", UUID[].class)),
					((Number) row.get("pending")).longValue()))
			.one()
			.flatMap((marked) -> Flux.fromIterable(marked.reminded())
				.concatMap((personId) -> this.notifier.notify(reminder(personId, scope.postId(), title, deadline)))
				.then(Mono.fromSupplier(() -> new Reminded(marked.reminded().size(),
						marked.pending() - marked.reminded().size()))))
			.doOnNext((reminded) -> this.reminders.increment(reminded.reminded()));
	}

	private Notification reminder(UUID personId, UUID postId, String title, Instant deadline) {
		String body = (deadline != null)
				? "Kvittera att du har läst nyheten senast " + DEADLINE.format(deadline.atZone(STOCKHOLM)) + "."
				: "Kvittera att du har läst nyheten.";
		return new Notification(personId, KIND, "Påminnelse: " + title, body, this.links.post(postId), postId);
	}

	private record Marked(List<UUID> reminded, long pending) {
	}

	/**
	 * Whom to remind within the viewer's scope: everyone pending, one unit's subtree, or one person.
	 *
	 * @param unitId the unit, or null
	 * @param personId the person, or null
	 */
	record Whom(UUID unitId, UUID personId) {

		static final Whom EVERYONE = new Whom(null, null);
	}
}
