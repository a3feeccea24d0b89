package se.budkavle.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.crisis.CrisisExercises;
import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.Role;
import se.budkavle.identity.RoleGrants;
import se.budkavle.identity.Viewer;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;
import se.budkavle.org.UnitRef;

/**
 * One crisis exercise in progress (”ÖVNING”, a warning that asks who is safe), sent by the director to the avdelning
 * manager's avdelning, which holds Hemtjänst Syd with the enhet manager and both employee personas; eight colleagues
 * in Hemtjänst Syd have answered (one needs help), the personas have not, so they see the banner and the managers a
 * roll call with people to call. Written once, when the director has sent no crisis message.
 */
@Component
@ConditionalOnDemoMode
class DemoCrisis {

	private static final Log logger = LogFactory.getLog(DemoCrisis.class);

	static final int ANSWERS = 8;

	// org publishes subtree_member and org_person as its SQL API: the colleagues who answer, personas left out.
	private static final String COLLEAGUES = """
			select p.id from subtree_member sm join org_person p on p.id = sm.person_id
			where sm.ancestor_id = :unitId and p.active and not (p.external_id = any(:personas))
			order by p.display_name, p.id limit :limit""";

	private final Organisation organisation;

	private final RoleGrants grants;

	private final CrisisExercises exercises;

	private final DatabaseClient database;

	DemoCrisis(Organisation organisation, RoleGrants grants, CrisisExercises exercises, DatabaseClient database) {
		this.organisation = organisation;
		this.grants = grants;
		this.exercises = exercises;
		this.database = database;
	}

	/**
	 * Sends the demo exercise and its first answers unless the director has sent a crisis message.
	 * @return how many exercises were sent
	 */
	Mono<Long> seedIfNone() {
		return this.organisation.personByExternalId(DemoPersonas.DIRECTOR.externalId())
			.filterWhen((director) -> this.exercises.anySentBy(director.id()).map((sent) -> !sent))
			.zipWith(managedBy(DemoPersonas.AVDELNING_MANAGER).zipWith(managedBy(DemoPersonas.ENHET_MANAGER)))
			.flatMap((found) -> send(found.getT1(), found.getT2().getT1())
				.flatMap((crisisId) -> answers(crisisId, found.getT2().getT2()).thenReturn(crisisId)))
			.doOnNext((id) -> logger.info("Seeded the demo crisis exercise " + id))
			.map((id) -> 1L)
			.defaultIfEmpty(0L);
	}

	private Mono<UUID> managedBy(DemoPersona persona) {
		return this.organisation.personByExternalId(persona.externalId())
			.flatMap((manager) -> this.organisation.unitsManagedBy(manager.id()).next())
			.map(UnitRef::id);
	}

	private Mono<UUID> send(Person director, UUID avdelningId) {
		return viewer(director, DemoPersonas.DIRECTOR.roles())
			.flatMap((sender) -> this.exercises.sendSafetyExercise(sender, "Strömavbrott i äldreomsorgens lokaler",
					"Strömmen är borta i lokalerna på Sätravägen. Gå inte till kontoret: åk direkt till dina första "
							+ "besök och hämta nycklar och telefon hos nattpatrullen. Svara om du är i säkerhet.",
					List.of(avdelningId)));
	}

	/** The first colleagues answer ”Jag är i säkerhet”, the last of them ”Jag behöver hjälp”. */
	private Mono<Void> answers(UUID crisisId, UUID unitId) {
		String[] personas = DemoPersonas.ALL.stream().map(DemoPersona::externalId).toArray(String[]::new);
		return this.database.sql(COLLEAGUES)
			.bind("unitId", unitId)
			.bind("personas", personas)
			.bind("limit", ANSWERS)
			.mapValue(UUID.class)
			.all()
			.index()
			.concatMap((answer) -> this.organisation.person(answer.getT2())
				.flatMap((person) -> viewer(person, Set.of()))
				.flatMap((person) -> this.exercises.answer(crisisId, person, answer.getT1() == ANSWERS - 1,
						(answer.getT1() == ANSWERS - 1) ? "Bilen startar inte vid Västertorps centrum." : null)))
			.then();
	}

	private Mono<Viewer> viewer(Person person, Set<Role> roles) {
		return this.grants.viewer(person.id(), person.displayName(), person.email(), roles);
	}
}
