package se.budkavle.org.web;

import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import se.budkavle.org.Organisation;

/**
 * People in the organisation, readable by anyone signed in; people who left stay readable for the records.
 */
@RestController
class PersonController {

	private final Organisation organisation;

	PersonController(Organisation organisation) {
		this.organisation = organisation;
	}

	@Operation(operationId = "getPerson", summary = "Show a person",
			description = "For any signed-in person. A person's name, e-mail address, job title, units, the units they manage "
					+ "and their manager; people who have left stay readable, marked inactive. Changes nothing.")
	@GetMapping("/api/v1/people/{id}")
	Mono<PersonView> person(@PathVariable UUID id) {
		return this.organisation.person(id)
			.switchIfEmpty(Mono.error(() -> new PersonNotFound(id)))
			.flatMap((person) -> Mono
				.zip(this.organisation.unitsOf(id).collectList(), this.organisation.unitsManagedBy(id).collectList(),
						this.organisation.managerOf(id).map(Optional::of).defaultIfEmpty(Optional.empty()))
				.map((more) -> new PersonView(person.id(), person.externalId(), person.displayName(), person.email(),
						person.jobTitle(), person.active(), more.getT1(), more.getT2(), more.getT3()
							.map((manager) -> new PersonView.Manager(manager.id(), manager.displayName()))
							.orElse(null))));
	}
}
