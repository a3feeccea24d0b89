package se.budkavle.crisis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.identity.Role;
import se.budkavle.identity.Viewer;
import se.budkavle.org.Organisation;
import se.budkavle.platform.Binding;

/**
 * The roll call of a crisis for one unit's subtree: how many have answered what, and for those responsible for the
 * people (the unit's managers, the crisis role there) who has not answered yet and who needs help, to call them.
 * They see every figure, however small the unit: they see the names anyway. Others allowed to run the crisis
 * (communicators, admins, the sender) see the crisis-wide counts only, and only when at least k people were asked.
 */
@Component
class RollCall {

	static final String COUNTS = """
			select count(*) as expected, count(r.status) as answered, count(*) - count(r.status) as not_yet,
			       count(*) filter (where r.status = 'RECEIVED') as received,
			       count(*) filter (where r.status = 'SAFE') as safe,
			       count(*) filter (where r.status = 'NEED_HELP') as need_help
			from crisis_recipient r
			where r.crisis_id = :crisisId
			  and (cast(:unitId as uuid) is null
			       or exists (select 1 from subtree_member sm where sm.ancestor_id = :unitId and sm.person_id = r.person_id))""";

	// The phone number is read here only: these people are listed to those who may call them.
	static final String PEOPLE = """
			select r.person_id, p.display_name, p.email, ph.phone, r.status, r.note, r.answered_at,
			       exists (select 1 from crisis_call c where c.crisis_id = r.crisis_id and c.person_id = r.person_id)
			           as reached_by_phone
			from crisis_recipient r
			join subtree_member sm on sm.person_id = r.person_id and sm.ancestor_id = :unitId
			join org_person p on p.id = r.person_id
			left join org_person_phone ph on ph.id = r.person_id
			where r.crisis_id = :crisisId and (r.status is null or r.status = 'NEED_HELP')
			order by r.status nulls last, p.display_name, r.person_id
			limit 1000""";

	private final DatabaseClient database;

	private final Crises crises;

	private final Organisation organisation;

	private final CrisisProperties properties;

	RollCall(DatabaseClient database, Crises crises, Organisation organisation, CrisisProperties properties) {
		this.database = database;
		this.crises = crises;
		this.organisation = organisation;
		this.properties = properties;
	}

	Mono<Report> report(UUID crisisId, Viewer viewer, UUID unitId) {
		return this.crises.find(crisisId)
			.flatMap((crisis) -> (unitId == null) ? whole(crisis, viewer) : unit(crisis, viewer, unitId));
	}

	private Mono<Report> whole(Crisis crisis, Viewer viewer) {
		if (crisis.followsEveryone(viewer)) {
			return counts(crisis.id(), null).map((counts) -> new Report(null, counts, false, null));
		}
		if (!crisis.mayRun(viewer)) {
			return Mono.error(new CrisisForbidden("Only those running the crisis see its whole roll call"));
		}
		return counts(crisis.id(), null).map((counts) -> (counts.expected() < this.properties.minGroup())
				? new Report(null, null, true, null) : new Report(null, counts, false, null));
	}

	private Mono<Report> unit(Crisis crisis, Viewer viewer, UUID unitId) {
		return responsibleFor(viewer, unitId).flatMap((responsible) -> responsible
				? counts(crisis.id(), unitId).zipWith(people(crisis.id(), unitId),
						(counts, people) -> new Report(unitId, counts, false, people))
				: Mono.error(new CrisisForbidden(
						"The roll call of a unit is for its managers and the crisis role there")));
	}

	private Mono<Boolean> responsibleFor(Viewer viewer, UUID unitId) {
		return viewer.hasRoleFor(Role.CRISIS, unitId) ? Mono.just(true)
				: this.organisation.manages(viewer.personId(), unitId);
	}

	private Mono<Counts> counts(UUID crisisId, UUID unitId) {
		return Binding.nullable(this.database.sql(COUNTS), "unitId", unitId, UUID.class)
			.bind("crisisId", crisisId)
			.mapProperties(Counts.class)
			.one();
	}

	private Mono<List<Person>> people(UUID crisisId, UUID unitId) {
		return this.database.sql(PEOPLE)
			.bind("crisisId", crisisId)
			.bind("unitId", unitId)
			.mapProperties(Person.class)
			.all()
			.collectList();
	}

	/** Answers counted by their latest status; {@code notYet} is those who have not answered at all. */
	record Counts(long expected, long answered, long notYet, long received, long safe, long needHelp) {
	}

	/** Someone who has not answered yet or who needs help; {@code phone} when the directory has it. */
	record Person(UUID personId, String displayName, String email, String phone, String status, String note,
			Instant answeredAt, boolean reachedByPhone) {
	}

	/**
	 * The roll call: the unit ({@code null}: the whole crisis), its counts ({@code null} when suppressed: fewer than k
	 * asked) and, for those responsible for the unit, the people to call.
	 */
	record Report(UUID unitId, Counts counts, boolean suppressed, List<Person> people) {
	}
}
