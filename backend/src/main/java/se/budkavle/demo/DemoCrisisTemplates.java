package se.budkavle.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

import se.budkavle.crisis.PreparedMessages;
import se.budkavle.crisis.PreparedMessages.Prepared;
import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.org.Organisation;

/**
 * The five crisis templates a municipality prepares (power cut, IT incident, evacuation, severe weather, stay home),
 * in plain Swedish with placeholders, written by the director when no template exists.
 */
@Component
@ConditionalOnDemoMode
class DemoCrisisTemplates {

	static final List<Prepared> TEMPLATES = List.of(
			new Prepared("Strömavbrott", "Strömavbrott i {plats}",
					"Det är strömavbrott i {plats} sedan {tid}. Hissar, passersystem och datorer fungerar inte. "
							+ "Använd inte hissarna. Den som har ansvar för brukare eller barn stannar hos dem och följer "
							+ "enhetens rutin för strömavbrott. Nästa besked kommer senast {nästa_besked}.",
					"WARNING", "RECEIVED"),
			new Prepared("IT-störning", "IT-störning: {system} fungerar inte",
					"{system} fungerar inte sedan {tid}. Använd reservrutinerna på papper. Ring inte IT-supporten om "
							+ "det här felet, vi vet om det. Nästa besked kommer senast {nästa_besked}.",
					"WARNING", "RECEIVED"),
			new Prepared("Utrymning", "Utrym {plats} nu",
					"Lämna {plats} direkt genom närmaste nödutgång. Hjälp den som behöver hjälp. Ta inte med dig "
							+ "saker och använd inte hissen. Samlas vid {återsamlingsplats}. Svara här om du är i "
							+ "säkerhet eller behöver hjälp.",
					"CRITICAL", "SAFETY"),
			new Prepared("Svårt väder", "Varning för {väder} i {område}",
					"SMHI varnar för {väder} i {område} från {tid}. Räkna med längre restider. Du som arbetar ute får "
							+ "besked av din chef om vilka besök som går först. Svara här att du har tagit del.",
					"WARNING", "RECEIVED"),
			new Prepared("Stanna hemma", "Stanna hemma {datum}",
					"Alla som kan arbeta hemifrån gör det {datum}, på grund av {orsak}. Du som inte kan arbeta "
							+ "hemifrån får besked av din chef om vad som gäller för dig. Svara här om du är i säkerhet "
							+ "eller behöver hjälp.",
					"CRITICAL", "SAFETY"));

	private final Organisation organisation;

	private final PreparedMessages prepared;

	DemoCrisisTemplates(Organisation organisation, PreparedMessages prepared) {
		this.organisation = organisation;
		this.prepared = prepared;
	}

	/**
	 * Prepares the templates unless there are some, or the director is not in the organisation.
	 * @return how many were written
	 */
	Mono<Long> seedIfNone() {
		return this.organisation.personByExternalId(DemoPersonas.DIRECTOR.externalId())
			.flatMap((director) -> this.prepared.prepareIfNone(director.id(), TEMPLATES))
			.defaultIfEmpty(0L);
	}
}
