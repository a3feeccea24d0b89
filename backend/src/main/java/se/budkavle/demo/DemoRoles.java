package se.budkavle.demo;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.RoleGrants;
import se.budkavle.org.Organisation;

/**
 * Gives the personas their scoped roles in the role table (Lena Sjöberg communicator for Hägersten-Älvsjö), once: when
 * no role was ever given, so that an administrator's later changes survive restarts.
 */
@Component
@ConditionalOnDemoMode
class DemoRoles {

	private static final Log logger = LogFactory.getLog(DemoRoles.class);

	private final Organisation organisation;

	private final RoleGrants grants;

	DemoRoles(Organisation organisation, RoleGrants grants) {
		this.organisation = organisation;
		this.grants = grants;
	}

	/**
	 * Gives every persona's scoped roles unless the role table was ever used.
	 * @return how many roles were given
	 */
	Mono<Long> seedIfNone() {
		return this.grants.anyEverGiven()
			.filter((given) -> !given)
			.flatMap((none) -> Flux.fromIterable(DemoPersonas.ALL)
				.concatMap((persona) -> Flux.fromIterable(persona.scopedRoles().entrySet())
					.concatMap((scoped) -> Mono
						.zip(this.organisation.personByExternalId(persona.externalId()),
								this.organisation.unitByExternalId(scoped.getValue()))
						.flatMap((found) -> this.grants
							.giveAsTheHub(found.getT1().id(), scoped.getKey(), found.getT2().id())
							.thenReturn(1))))
				.count())
			.doOnNext((count) -> logger.info("Gave the demo personas " + count + " scoped role(s)"))
			.defaultIfEmpty(0L);
	}
}
