package se.budkavle.identity.web;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Role;
import se.budkavle.identity.RoleGrants;
import se.budkavle.identity.Viewer;
import se.budkavle.identity.Viewers;
import se.budkavle.org.Organisation;

/**
 * Tells the signed-in person who the hub thinks they are.
 */
@RestController
class MeController {

	private final Organisation organisation;

	private final RoleGrants grants;

	MeController(Organisation organisation, RoleGrants grants) {
		this.organisation = organisation;
		this.grants = grants;
	}

	@Operation(operationId = "getMe", summary = "Show who I am",
			description = "For any signed-in person. Their id, name, e-mail address and realm roles, the roles they hold and "
					+ "where, the units they belong to and manage, and their manager. Changes nothing.")
	@GetMapping("/api/v1/me")
	Mono<Me> me() {
		return Viewers.current().flatMap(this::me);
	}

	private Mono<Me> me(Viewer viewer) {
		var roles = viewer.scopes().keySet().stream().map(Role::realmRole).sorted().toList();
		return Mono.zip(this.grants.held(viewer).collectList(), this.organisation.unitsOf(viewer.personId()).collectList(),
				this.organisation.unitsManagedBy(viewer.personId()).collectList(),
				this.organisation.managerOf(viewer.personId())
					.map((manager) -> Optional.of(new Me.Manager(manager.id(), manager.displayName())))
					.defaultIfEmpty(Optional.empty()))
			.map((parts) -> new Me(viewer.personId(), viewer.displayName(), viewer.email(), roles, parts.getT1(),
					parts.getT2(), parts.getT3(), parts.getT4().orElse(null)));
	}
}
