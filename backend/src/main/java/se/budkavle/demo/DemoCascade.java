package se.budkavle.demo;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.cascade.CascadeRequest;
import se.budkavle.cascade.Cascades;
import se.budkavle.cascade.Mode;
import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.RoleGrants;
import se.budkavle.org.Organisation;

/**
 * One budkavle in progress, sent by the director to every avdelning with three working days per level, so the
 * avdelning manager can relay it and then the enhet manager below; written once, when the director has sent none.
 */
@Component
@ConditionalOnDemoMode
class DemoCascade {

	private static final Log logger = LogFactory.getLog(DemoCascade.class);

	private final Organisation organisation;

	private final Cascades cascades;

	private final RoleGrants grants;

	DemoCascade(Organisation organisation, Cascades cascades, RoleGrants grants) {
		this.organisation = organisation;
		this.cascades = cascades;
		this.grants = grants;
	}

	/**
	 * Sends the demo cascade unless the director has sent one or is not in the organisation.
	 * @return how many cascades were sent
	 */
	Mono<Long> seedIfNone() {
		return this.organisation.personByExternalId(DemoPersonas.DIRECTOR.externalId())
			.filterWhen((director) -> this.cascades.hasCascadesBy(director.id()).map((sent) -> !sent))
			.flatMap((director) -> Flux.fromIterable(DemoStructure.AVDELNINGAR)
				.concatMap((avdelning) -> this.organisation.unitByExternalId(avdelning.externalId()))
				.map((unit) -> new CascadeRequest.Target(unit.id()))
				.collectList()
				.zipWith(this.grants.viewer(director.id(), director.displayName(), director.email(),
						DemoPersonas.DIRECTOR.roles()))
				.flatMap((found) -> this.cascades.send(found.getT2(), cascade(found.getT1()))))
			.doOnNext((id) -> logger.info("Seeded the demo cascade " + id))
			.map((id) -> 1L)
			.defaultIfEmpty(0L);
	}

	private static CascadeRequest cascade(List<CascadeRequest.Target> targets) {
		return new CascadeRequest("Ny modell för bemanningsplanering",
				"Från och med februari planerar vi bemanningen **fyra veckor i taget** i stället för en vecka i taget. "
						+ "Syftet är att alla ska veta sina pass i god tid och att vi ska behöva färre timvikarier.",
				"Schemat läggs fyra veckor framåt. Önskemål lämnas senast två veckor innan en ny period börjar.",
				"Ingen får färre timmar. Avtal, lön och semesterregler är desamma.",
				List.of("Varför: förutsägbarhet för medarbetarna och brukarna.",
						"Vad som ändras: perioden, inte antalet timmar.",
						"När: från februari, med start i äldreomsorgen."),
				List.of(new CascadeRequest.Question("Får jag färre timmar?", "Nej, antalet timmar ändras inte."),
						new CascadeRequest.Question("Kan jag byta pass som förut?",
								"Ja, byten görs som i dag med din chefs godkännande.")),
				"Hur ni lägger önskemål inom gruppen och vilka veckor ni börjar med.",
				"Spekulera inte om framtida organisationsförändringar eller om enskilda tjänster.",
				"Vad betyder det här för er?", targets, Mode.LEVEL_BY_LEVEL, 3, null);
	}
}
