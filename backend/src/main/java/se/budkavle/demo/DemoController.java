package se.budkavle.demo;

import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import se.budkavle.identity.ConditionalOnDemoMode;
import se.budkavle.identity.DemoTokens;
import se.budkavle.identity.Role;
import se.budkavle.org.Organisation;
import se.budkavle.org.Person;

/**
 * Lets the demo page list the personas and sign in as anyone in the demo organisation, without a password.
 */
@RestController
@RequestMapping("/demo")
@ConditionalOnDemoMode
class DemoController {

	private final Organisation organisation;

	private final DemoTokens tokens;

	DemoController(Organisation organisation, DemoTokens tokens) {
		this.organisation = organisation;
		this.tokens = tokens;
	}

	@Operation(operationId = "listDemoPersonas", summary = "List the demo personas",
			description = "Open, in demo mode only. The demo organisation's personas with their roles, for the demo page's "
					+ "sign-in. Changes nothing.")
	@GetMapping("/personas")
	Flux<PersonaView> personas() {
		return Flux.fromIterable(DemoPersonas.ALL)
			.concatMap((persona) -> this.organisation.personByExternalId(persona.externalId())
				.filter(Person::active)
				.map((person) -> PersonaView.of(persona, person)));
	}

	@Operation(operationId = "issueDemoToken", summary = "Sign in as a demo person",
			description = "Open, in demo mode only. Issues an access token for any active person in the demo organisation, "
					+ "without a password; personas carry their roles.")
	@PostMapping("/token")
	Mono<TokenView> token(@Valid @RequestBody TokenRequest request) {
		return this.organisation.person(request.personId())
			.filter(Person::active)
			.switchIfEmpty(Mono.error(() -> new UnknownDemoPerson(request.personId())))
			.map((person) -> TokenView.of(this.tokens.issue(person, roles(person))));
	}

	// Personas carry their realm roles; everyone else in the demo organisation is an ordinary employee or manager.
	private static Set<Role> roles(Person person) {
		return DemoPersonas.byExternalId(person.externalId()).map(DemoPersona::roles).orElse(Set.of());
	}

	/** Raised when a token is asked for someone who is not an active person in the organisation. */
	static class UnknownDemoPerson extends RuntimeException {

		UnknownDemoPerson(UUID personId) {
			super("There is no active person with id " + personId);
		}
	}
}
