package se.budkavle.identity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;
import se.budkavle.identity.Role;
import se.budkavle.identity.RoleGrant;
import se.budkavle.identity.RoleGrants;
import se.budkavle.identity.Viewers;
import se.budkavle.platform.Cursor;

/**
 * The role table for administrators: who holds which role where, and giving and withdrawing roles within the scope the
 * administrator holds their own role for.
 */
@RestController
class RoleController {

	private static final int DEFAULT_LIMIT = 50;

	private static final int CHOICES = 20;

	private final RoleGrants grants;

	RoleController(RoleGrants grants) {
		this.grants = grants;
	}

	/** One page of the standing grants, oldest first. */
	record GrantPage(List<RoleGrant> items, String next) {
	}

	@Operation(operationId = "listRoleGrants", summary = "List role grants",
			description = "For administrators. An administrator of the whole organisation sees every standing grant, one "
					+ "scoped to a subtree the grants scoped to units inside it; oldest first, paged with after and limit. "
					+ "Changes nothing.")
	@GetMapping("/api/v1/roles")
	Mono<GrantPage> page(@RequestParam(required = false) String after,
			@RequestParam(required = false) Integer limit) {
		int size = RoleParameters.limit(limit, DEFAULT_LIMIT);
		Cursor cursor = (after != null) ? Cursor.parse(after, 2) : null;
		Instant afterAt = (cursor != null) ? cursor.instant(0) : Instant.EPOCH;
		UUID afterId = (cursor != null) ? cursor.uuid(1) : new UUID(0, 0);
		return Viewers.current()
			.flatMap((admin) -> this.grants.page(admin, afterAt, afterId, size + 1).collectList())
			.map((rows) -> {
				var shown = rows.subList(0, Math.min(size, rows.size()));
				String next = (rows.size() > size) ? Cursor
					.of(shown.get(size - 1).grant().grantedAt().toString(), shown.get(size - 1).id().toString())
					.token() : null;
				return new GrantPage(shown.stream().map(RoleGrants.Paged::grant).toList(), next);
			});
	}

	@Operation(operationId = "findRolePeople", summary = "Find people to give a role",
			description = "For administrators, of the whole organisation or of a subtree. At most 20 active people whose name "
					+ "or e-mail address contains q. Changes nothing.")
	@GetMapping("/api/v1/roles/people")
	Mono<List<RoleGrants.Choice>> people(@RequestParam(required = false) String q) {
		return Viewers.current().flatMap((admin) -> this.grants.people(admin, q, CHOICES).collectList());
	}

	@Operation(operationId = "findRoleUnits", summary = "Find units to scope a role to",
			description = "For administrators. At most 20 units inside the administrator's scope whose name contains q, each "
					+ "with its parent's name. Changes nothing.")
	@GetMapping("/api/v1/roles/units")
	Mono<List<RoleGrants.Choice>> units(@RequestParam(required = false) String q) {
		return Viewers.current().flatMap((admin) -> this.grants.units(admin, q, CHOICES).collectList());
	}

	@Operation(operationId = "giveRole", summary = "Give a role",
			description = "For administrators. An administrator of the whole organisation gives any role anywhere (without "
					+ "unitId: for the whole organisation), one of a subtree only roles scoped to units inside it. Answers "
					+ "201 for a new grant and 200, changing nothing, when the grant stood already.")
	@ApiResponse(responseCode = "201", description = "The role is given")
	@ApiResponse(responseCode = "200", description = "The grant stood already; nothing changed")
	@PutMapping("/api/v1/roles/{personId}/{role}")
	Mono<ResponseEntity<RoleGrant>> give(@PathVariable UUID personId, @PathVariable String role,
			@RequestParam(required = false) UUID unitId) {
		Role parsed = RoleParameters.role(role);
		return Viewers.current()
			.flatMap((admin) -> this.grants.give(admin, personId, parsed, unitId))
			.map((given) -> ResponseEntity.status(given.created() ? HttpStatus.CREATED : HttpStatus.OK)
				.body(given.grant()));
	}

	@Operation(operationId = "withdrawRole", summary = "Withdraw a role",
			description = "For administrators, within the same scope as giving. Withdraws the standing grant, keeping its row "
					+ "with who withdrew it and when.")
	@DeleteMapping("/api/v1/roles/{personId}/{role}")
	Mono<ResponseEntity<Void>> withdraw(@PathVariable UUID personId, @PathVariable String role,
			@RequestParam(required = false) UUID unitId) {
		Role parsed = RoleParameters.role(role);
		return Viewers.current()
			.flatMap((admin) -> this.grants.withdraw(admin, personId, parsed, unitId))
			.then(Mono.just(ResponseEntity.noContent().build()));
	}
}
